#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace engage {

// Where to export the configuration, and whether to replace the HS256 secrets with null
// (to hand the file to someone who must not see them).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString& suggestedPath, int errorCount, bool holdsSecrets,
                 QWidget* parent = nullptr);

    QString path() const;
    bool redactSecrets() const;

private:
    void updateButtons();

    QLineEdit* m_path;
    QCheckBox* m_redact;
    QDialogButtonBox* m_buttons;
};

} // namespace engage
