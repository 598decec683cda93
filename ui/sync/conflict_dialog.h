#pragma once

#include "sync/settings_merge.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QDialogButtonBox;

namespace engage {

// The settings changed on the server since the pull, and some of them on both sides: each
// conflicting item shown base / theirs (the server now) / yours (this configuration), with a
// choice per item (keep theirs or use yours), and the changes merged without conflict listed
// below. Push with These Choices, Reload the Remote Settings, or Cancel, reported by
// chosen(), once; choices() then says what was chosen for each item.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Push, Reload, Cancel };

    ConflictDialog(const QString& explanation, const QList<SettingsConflict>& conflicts,
                   const SettingsChanges& toServer, const SettingsChanges& fromServer,
                   QWidget* parent = nullptr);

    // By SettingsEntity::key(), as SettingsMerge takes them.
    QHash<QString, ConflictChoice> choices() const;

signals:
    void chosen(engage::ConflictDialog::Choice choice);

private:
    void addChoice(QDialogButtonBox* buttons, const QString& text, const QString& objectName,
                   Choice choice);

    QList<SettingsConflict> m_conflicts;
    QList<QComboBox*> m_choices; // one per conflict, in order
};

} // namespace engage
