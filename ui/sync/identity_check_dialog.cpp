#include "identity_check_dialog.h"

#include "api/api_client.h"
#include "api/look_up_identity_command.h"
#include "config/identity_check.h"
#include "document/config_document.h"
#include "sync_progress.h"
#include "text/untrusted_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace engage {

namespace {

enum CheckColumn { ResultColumn, MappingColumn, ExpectedColumn, HeldColumn };
constexpr int descriptionRole = Qt::UserRole;

QString resultWords(IdentityFieldCheck::Verdict verdict)
{
    switch (verdict) {
    case IdentityFieldCheck::Verdict::Written:
        return IdentityCheckDialog::tr("Written");
    case IdentityFieldCheck::Verdict::NotSent:
        return IdentityCheckDialog::tr("Not sent");
    case IdentityFieldCheck::Verdict::RegexRefused:
        return IdentityCheckDialog::tr("Problem: fails the regex");
    case IdentityFieldCheck::Verdict::Missing:
        return IdentityCheckDialog::tr("Problem: missing");
    case IdentityFieldCheck::Verdict::Different:
        return IdentityCheckDialog::tr("Problem: different");
    }
    Q_UNREACHABLE();
}

QString joinedForDisplay(const QStringList& values)
{
    QStringList shown;
    for (const QString& value : values)
        shown.append(UntrustedText::forDisplay(value));
    return shown.join(QStringLiteral(", "));
}

} // namespace

IdentityCheckDialog::IdentityCheckDialog(std::shared_ptr<ApiClient> client,
                                         const ConfigDocument& document, QWidget* parent)
    : QDialog(parent), m_client(std::move(client)), m_document(document),
      m_uuid(new QLineEdit(this)), m_identity(new QLabel(this)), m_checks(new QTreeWidget(this)),
      m_detail(new QLabel(this)), m_progress(new SyncProgress(this))
{
    setObjectName(QStringLiteral("identityCheckDialog"));
    setWindowTitle(tr("Check an Identity"));
    resize(720, 520);

    m_uuid->setObjectName(QStringLiteral("visitorUuidEdit"));
    m_uuid->setAccessibleName(tr("Visitor UUID"));
    m_uuid->setPlaceholderText(tr("The UUID the website gave the visitor"));
    auto* uuidLabel = new QLabel(tr("Visitor &UUID:"), this);
    uuidLabel->setBuddy(m_uuid);
    m_checkButton = new QPushButton(tr("C&heck"), this);
    m_checkButton->setObjectName(QStringLiteral("checkIdentityButton"));
    m_checkButton->setDefault(true);

    m_identity->setObjectName(QStringLiteral("identitySummary"));
    m_identity->setAccessibleName(tr("The identity and its group"));
    m_identity->setWordWrap(true);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_identity->setText(
        tr("Enter the UUID of a visitor who chatted since the mapping was set, then Check: the "
           "mapping is compared with what Engage stored for them."));

    m_checks->setObjectName(QStringLiteral("identityChecks"));
    m_checks->setAccessibleName(tr("The mapping compared with the identity group"));
    m_checks->setHeaderLabels(
        {tr("Result"), tr("Mapping"), tr("Should have written"), tr("Group holds")});
    m_checks->setRootIsDecorated(false);
    m_checks->header()->setSectionResizeMode(MappingColumn, QHeaderView::Stretch);
    auto* checksLabel = new QLabel(tr("&Mapping rows:"), this);
    checksLabel->setBuddy(m_checks);

    m_detail->setObjectName(QStringLiteral("identityCheckDetail"));
    m_detail->setAccessibleName(tr("What the selected row means"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* uuidRow = new QHBoxLayout;
    uuidRow->addWidget(uuidLabel);
    uuidRow->addWidget(m_uuid, 1);
    uuidRow->addWidget(m_checkButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(uuidRow);
    layout->addWidget(m_identity);
    layout->addWidget(checksLabel);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_checkButton, &QPushButton::clicked, this, &IdentityCheckDialog::lookUp);
    connect(m_checks, &QTreeWidget::currentItemChanged, this, &IdentityCheckDialog::showDetail);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_uuid->setFocus();
}

// The command uses the client held here: it goes first.
IdentityCheckDialog::~IdentityCheckDialog()
{
    delete m_running;
}

void IdentityCheckDialog::done(int result)
{
    if (m_running) {
        disconnect(m_running, nullptr, this, nullptr);
        m_running->cancel(); // nothing when it has already finished
    }
    QDialog::done(result);
}

void IdentityCheckDialog::lookUp()
{
    const QString uuid = m_uuid->text().trimmed();
    if (m_running)
        return;
    if (uuid.isEmpty()) {
        m_identity->setText(tr("Enter the visitor's UUID first."));
        return;
    }
    m_checks->clear();
    m_detail->clear();
    m_running = new LookUpIdentityCommand(*m_client, m_document.config().community.id, uuid, this);
    connect(m_running, &ApiCommand::finished, this, &IdentityCheckDialog::lookedUp);
    m_progress->track(m_running, tr("Looking up the identity\u2026"));
    m_checkButton->setEnabled(false);
    m_running->start();
}

void IdentityCheckDialog::lookedUp()
{
    LookUpIdentityCommand* lookUp = m_running;
    m_running->deleteLater();
    m_running = nullptr;
    m_checkButton->setEnabled(true);
    if (const auto& error = lookUp->error()) {
        if (error->kind != ApiErrorKind::Canceled)
            m_identity->setText(error->message);
        return;
    }
    if (!lookUp->identity()) {
        m_identity->setText(tr("The community has no identity with the UUID \u201c%1\u201d: check "
                               "the UUID, and that the visitor started a conversation.")
                                .arg(UntrustedText::forDisplay(m_uuid->text().trimmed())));
        return;
    }
    const IdentityRecord& identity = *lookUp->identity();
    QStringList lines{tr("Identity %1, \u201c%2\u201d.")
                          .arg(UntrustedText::forDisplay(identity.id),
                               UntrustedText::forDisplay(identity.displayName))};
    if (const auto& group = lookUp->group()) {
        lines.append(
            tr("Identity group %1: %2 %3; e-mails: %4; mobile phones: %5; home "
               "phones: %6.")
                .arg(UntrustedText::forDisplay(group->id),
                     UntrustedText::forDisplay(group->firstname),
                     UntrustedText::forDisplay(group->lastname), joinedForDisplay(group->emails),
                     joinedForDisplay(group->mobilePhones), joinedForDisplay(group->homePhones)));
    } else {
        lines.append(tr("The identity has no identity group yet, so nothing was written."));
    }

    const QList<IdentityFieldCheck> checks =
        IdentityCheck::of(m_document.config(), identity, lookUp->group());
    const auto problems =
        std::count_if(checks.cbegin(), checks.cend(),
                      [](const IdentityFieldCheck& check) { return check.isProblem(); });
    lines.append(
        problems == 0
            ? tr("Mapping rows checked: %n; no problem found.", nullptr, int(checks.size()))
            : tr("Mapping rows with a problem: %n; select one to read what to fix.", nullptr,
                 int(problems)));
    m_identity->setText(lines.join(QLatin1Char('\n')));

    for (const IdentityFieldCheck& check : checks) {
        auto* item = new QTreeWidgetItem(m_checks);
        item->setText(ResultColumn, resultWords(check.verdict));
        item->setText(MappingColumn, tr("%1 \u2192 %2")
                                         .arg(UntrustedText::forDisplay(check.key),
                                              UntrustedText::forDisplay(check.fieldLabel)));
        item->setText(ExpectedColumn,
                      UntrustedText::forDisplay(check.expected.value_or(QString())));
        item->setText(HeldColumn, joinedForDisplay(check.held));
        const QString description = IdentityCheck::describe(check);
        item->setData(ResultColumn, descriptionRole, description);
        item->setToolTip(MappingColumn, description);
        if (check.isProblem()) {
            QFont bold = item->font(ResultColumn);
            bold.setBold(true);
            item->setFont(ResultColumn, bold);
        }
    }
    m_checks->resizeColumnToContents(ResultColumn);
    if (m_checks->topLevelItemCount() > 0)
        m_checks->setCurrentItem(m_checks->topLevelItem(0));
}

void IdentityCheckDialog::showDetail()
{
    const QTreeWidgetItem* current = m_checks->currentItem();
    m_detail->setText(current ? current->data(ResultColumn, descriptionRole).toString()
                              : QString());
}

} // namespace engage
