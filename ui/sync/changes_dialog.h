#pragma once

#include "sync/settings_changes.h"

#include <QDialog>

class QListWidget;

namespace engage {

// The preview of a push, by entity and for people (SettingsChangeText: secrets as
// fingerprints only): the server and community named, the changes the push sends, and the
// changes made on the server since the pull that are merged into this configuration. Push or
// Cancel, reported by chosen(), once.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Push, Cancel };

    ChangesDialog(const QString& explanation, const SettingsChanges& toServer,
                  const SettingsChanges& fromServer, QWidget* parent = nullptr);

    // Adds a heading line and then one line per change: also what the conflict dialog shows.
    static void addSection(QListWidget* list, const QString& heading,
                           const SettingsChanges& changes);

signals:
    void chosen(engage::ChangesDialog::Choice choice);
};

} // namespace engage
