#pragma once

#include "config/config_diff.h"

#include <QDialog>

class QDialogButtonBox;

namespace engage {

// The differences between the remote settings and the window's configuration, one line per
// member (ConfigDiff::describe: secrets as fingerprints only), with the choices of the moment:
// before a push, Push or Cancel; after a conflict, Reload the remote settings, Overwrite them,
// or Cancel. The choice is reported by chosen(), once.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { PushPreview, Conflict };
    enum class Choice { Push, Reload, Overwrite, Cancel };

    ChangesDialog(Purpose purpose, const ConfigChanges& changes, const QString& explanation,
                  QWidget* parent = nullptr);

signals:
    void chosen(engage::ChangesDialog::Choice choice);

private:
    void addChoice(QDialogButtonBox* buttons, const QString& text, const QString& objectName,
                   Choice choice);
};

} // namespace engage
