#include "signed_identities_page.h"

#include "document/config_document.h"
#include "field_feedback.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace engage {

SignedIdentitiesPage::SignedIdentitiesPage(ConfigDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_group(new QButtonGroup(this)),
      m_modes{SignedIdentities::accept, SignedIdentities::reject, SignedIdentities::require}
{
    auto* box = new QGroupBox(tr("JWT-signed identities"), this);
    box->setObjectName(QStringLiteral("signedIdentitiesGroup"));
    auto* boxLayout = new QVBoxLayout(box);
    const struct
    {
        QString objectName;
        QString text;
        QString consequence;
    } choices[] = {
        {QStringLiteral("acceptRadio"), tr("&Accept"),
         tr("Both non-signed and JWT-signed identities are taken: flexible, but not "
            "recommended in production.")},
        {QStringLiteral("rejectRadio"), tr("Re&ject (default)"),
         tr("Only non-signed identities are taken; JWT-signed identities are refused.")},
        {QStringLiteral("requireRadio"), tr("Re&quire"),
         tr("Only identities signed with a configured JWT key are taken: the strict, secure "
            "mode.")},
    };
    for (const auto& choice : choices) {
        auto* button = new QRadioButton(choice.text, box);
        button->setObjectName(choice.objectName);
        button->setAccessibleDescription(choice.consequence);
        auto* consequence = new QLabel(choice.consequence, box);
        consequence->setWordWrap(true);
        consequence->setIndent(24);
        consequence->setForegroundRole(QPalette::PlaceholderText);
        boxLayout->addWidget(button);
        boxLayout->addWidget(consequence);
        m_group->addButton(button, int(m_buttons.size()));
        m_buttons.append(button);
    }
    boxLayout->addStretch();

    auto* status = new QGroupBox(tr("Checks"), this);
    auto* statusLayout = new QVBoxLayout(status);
    QLabel* messages = makeFieldMessageLabel(status, QStringLiteral("signedIdentitiesMessages"));
    m_allGood = new QLabel(tr("No problem with this choice."), status);
    m_allGood->setObjectName(QStringLiteral("signedIdentitiesAllGood"));
    statusLayout->addWidget(messages);
    statusLayout->addWidget(m_allGood);
    statusLayout->addStretch();
    m_feedback = std::make_unique<FieldFeedback>(box, messages);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(box, 3);
    layout->addWidget(status, 2);

    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { m_document->setSignedIdentities(m_modes.at(id)); });
    connect(m_document, &ConfigDocument::signedIdentitiesChanged, this,
            &SignedIdentitiesPage::showMode);
    connect(m_document, &ConfigDocument::resetDone, this, &SignedIdentitiesPage::showMode);
    connect(m_document, &ConfigDocument::diagnosticsChanged, this,
            &SignedIdentitiesPage::showDiagnostics);
    showMode();
    showDiagnostics();
}

SignedIdentitiesPage::~SignedIdentitiesPage() = default;

bool SignedIdentitiesPage::focusPath(const QString& path)
{
    if (path != QLatin1String("/signed_identities"))
        return false;
    focusMainControl();
    return true;
}

void SignedIdentitiesPage::focusMainControl()
{
    QAbstractButton* checked = m_group->checkedButton();
    (checked ? checked : m_buttons.first())->setFocus(Qt::OtherFocusReason);
}

void SignedIdentitiesPage::showMode()
{
    const int index = int(m_modes.indexOf(m_document->config().signedIdentities));
    if (index >= 0) {
        m_buttons.at(index)->setChecked(true);
        return;
    }
    // A mode the file got wrong: no choice is shown as made, and the error says why.
    m_group->setExclusive(false);
    for (QRadioButton* button : m_buttons)
        button->setChecked(false);
    m_group->setExclusive(true);
}

void SignedIdentitiesPage::showDiagnostics()
{
    const Diagnostics diagnostics =
        m_document->diagnosticIndex().at(QStringLiteral("/signed_identities"));
    m_feedback->show(diagnostics);
    m_allGood->setVisible(diagnostics.isEmpty());
}

} // namespace engage
