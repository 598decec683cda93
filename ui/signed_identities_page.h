#pragma once

#include <QWidget>

#include <memory>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace engage {

class ConfigDocument;
class FieldFeedback;

// Accept / Reject / Require, each with its consequence in one sentence, and the section's
// warnings and errors beside the choice.
class SignedIdentitiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignedIdentitiesPage(ConfigDocument* document, QWidget* parent = nullptr);
    ~SignedIdentitiesPage() override;

    // Focuses the control a person works with here (Ctrl+1/2/3).
    void focusMainControl();
    bool focusPath(const QString& path);

private:
    void showMode();
    void showDiagnostics();

    ConfigDocument* m_document;
    QButtonGroup* m_group;
    QList<QRadioButton*> m_buttons; // in the order of m_modes
    QStringList m_modes;
    std::unique_ptr<FieldFeedback> m_feedback;
    QLabel* m_allGood;
};

} // namespace engage
