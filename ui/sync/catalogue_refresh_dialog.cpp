#include "catalogue_refresh_dialog.h"

#include "api/api_client.h"
#include "api/create_identity_group_field_command.h"
#include "api/list_custom_fields_command.h"
#include "document/config_document.h"
#include "sync_progress.h"
#include "text/untrusted_text.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace engage {

namespace {

// "Customer ID (customer_id, string)": how a field is named in the lists, escaped.
QString fieldText(const QString& key, const QString& label, const QString& type)
{
    return CatalogueRefreshDialog::tr("%1 (%2, %3)")
        .arg(UntrustedText::forDisplay(label), UntrustedText::forDisplay(key),
             UntrustedText::forDisplay(type));
}

} // namespace

CatalogueRefreshDialog::CatalogueRefreshDialog(std::shared_ptr<ApiClient> client,
                                               ConfigDocument& document, QWidget* parent)
    : QDialog(parent), m_client(std::move(client)), m_document(document),
      m_changes(new QListWidget(this)), m_missing(new QListWidget(this)),
      m_missingLabel(new QLabel(this)), m_status(new QLabel(this)),
      m_progress(new SyncProgress(this))
{
    setObjectName(QStringLiteral("catalogueRefreshDialog"));
    setWindowTitle(tr("Refresh the Catalogue"));
    resize(600, 480);

    auto* changesLabel = new QLabel(tr("C&hanges to the custom fields catalogue:"), this);
    changesLabel->setBuddy(m_changes);
    m_changes->setObjectName(QStringLiteral("catalogueChangesList"));
    m_changes->setAccessibleName(tr("Changes to the catalogue"));

    m_missingLabel->setText(tr("&Fields the mapping names that the server lacks (identities "
                               "cannot be written there until they exist):"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setBuddy(m_missing);
    m_missing->setObjectName(QStringLiteral("missingFieldsList"));
    m_missing->setAccessibleName(tr("Mapped fields missing on the server"));

    m_status->setObjectName(QStringLiteral("catalogueStatus"));
    m_status->setAccessibleName(tr("Catalogue refresh status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("C&reate on the Server"), QDialogButtonBox::ActionRole);
    m_createButton->setObjectName(QStringLiteral("createCustomFieldButton"));
    m_createButton->setAccessibleName(tr("Create the selected field on the server"));
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyCatalogueButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(changesLabel);
    layout->addWidget(m_changes, 2);
    layout->addWidget(m_missingLabel);
    layout->addWidget(m_missing, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    m_missing->hide();
    m_missingLabel->hide();
    connect(m_missing, &QListWidget::currentRowChanged, this,
            &CatalogueRefreshDialog::updateButtons);
    connect(m_createButton, &QPushButton::clicked, this, &CatalogueRefreshDialog::createSelected);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_refresh || m_running)
            return;
        m_document.replaceCatalogue(m_refresh->config.customFields);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

// The commands use the client held here: they go first.
CatalogueRefreshDialog::~CatalogueRefreshDialog()
{
    delete m_running;
}

void CatalogueRefreshDialog::done(int result)
{
    if (m_running) {
        disconnect(m_running, nullptr, this, nullptr);
        m_running->cancel(); // nothing when it has already finished
    }
    QDialog::done(result);
}

void CatalogueRefreshDialog::start()
{
    auto* list = new ListCustomFieldsCommand(*m_client, this);
    m_running = list;
    connect(list, &ApiCommand::finished, this, &CatalogueRefreshDialog::listed);
    m_progress->track(list, tr("Reading the custom fields of the server\u2026"));
    updateButtons();
    list->start();
}

void CatalogueRefreshDialog::listed()
{
    auto* list = qobject_cast<ListCustomFieldsCommand*>(m_running);
    m_running->deleteLater();
    m_running = nullptr;
    if (list->error()) {
        showError(*list->error());
        updateButtons();
        return;
    }
    const CommunityConfig& config = m_document.config();
    m_refresh =
        CatalogueRefresh::of(config, list->customFields(), list->skippedRecords().isEmpty());

    m_changes->clear();
    for (const CustomField& field : m_refresh->added)
        m_changes->addItem(tr("Added: %1.").arg(fieldText(field.key, field.label, field.type)));
    for (const CustomField& field : m_refresh->removed) {
        m_changes->addItem(field.regex
                               ? tr("Removed, with its regex %2: %1; the server no longer has it.")
                                     .arg(fieldText(field.key, field.label, field.type),
                                          UntrustedText::forDisplay(*field.regex))
                               : tr("Removed: %1; the server no longer has it.")
                                     .arg(fieldText(field.key, field.label, field.type)));
    }
    for (const CustomField& field : m_refresh->kept) {
        m_changes->addItem(tr("Kept: %1; the server did not list it, but its list had a record "
                              "this program could not read, which may be this field.")
                               .arg(fieldText(field.key, field.label, field.type)));
    }
    for (const CatalogueRefresh::Relabelled& change : m_refresh->relabelled) {
        m_changes->addItem(tr("Relabelled: %1: \u201c%2\u201d \u2192 \u201c%3\u201d.")
                               .arg(UntrustedText::forDisplay(change.key),
                                    UntrustedText::forDisplay(change.before),
                                    UntrustedText::forDisplay(change.after)));
    }
    for (const CatalogueRefresh::Relabelled& change : m_refresh->retyped) {
        m_changes->addItem(tr("Type changed: %1: %2 \u2192 %3.")
                               .arg(UntrustedText::forDisplay(change.key),
                                    UntrustedText::forDisplay(change.before),
                                    UntrustedText::forDisplay(change.after)));
    }
    if (m_refresh->changesNothing())
        m_changes->addItem(tr("The catalogue already matches the server's custom fields."));

    m_missing->clear();
    for (const QString& key : m_refresh->mappedButMissing) {
        auto* item = new QListWidgetItem(UntrustedText::forDisplay(key), m_missing);
        item->setData(Qt::UserRole, key);
    }
    m_missing->setVisible(!m_refresh->mappedButMissing.isEmpty());
    m_missingLabel->setVisible(!m_refresh->mappedButMissing.isEmpty());
    if (m_missing->count() > 0)
        m_missing->setCurrentRow(0);
    m_changes->setFocus();
    updateButtons();
}

void CatalogueRefreshDialog::createSelected()
{
    const QListWidgetItem* item = m_missing->currentItem();
    if (m_running || !item)
        return;
    const QString key = item->data(Qt::UserRole).toString();
    // The file's catalogue may still describe the field; else its key is its label.
    QString label = key;
    QString type;
    for (const CustomField& field : m_document.config().customFields) {
        if (field.key == key) {
            label = field.label.isEmpty() ? key : field.label;
            type = field.type;
        }
    }
    auto* create = new CreateIdentityGroupFieldCommand(*m_client, key, label, type, this);
    m_running = create;
    connect(create, &ApiCommand::finished, this, &CatalogueRefreshDialog::created);
    m_progress->track(create, tr("Creating the custom field \u201c%1\u201d on the server\u2026")
                                  .arg(UntrustedText::forDisplay(key)));
    updateButtons();
    create->start();
}

void CatalogueRefreshDialog::created()
{
    auto* create = qobject_cast<CreateIdentityGroupFieldCommand*>(m_running);
    m_running->deleteLater();
    m_running = nullptr;
    if (create->error()) {
        showError(*create->error());
        updateButtons();
        return;
    }
    m_status->setText(tr("Created the custom field \u201c%1\u201d on the server. The API cannot "
                         "set its regex: if it needs one, enter it in the Engage admin console "
                         "(Admin > Custom fields).")
                          .arg(UntrustedText::forDisplay(create->created().key)));
    start(); // the list again, now with the new field
}

void CatalogueRefreshDialog::showError(const ApiError& error)
{
    if (error.kind == ApiErrorKind::Canceled)
        return;
    QStringList lines{error.message};
    // 422: each refused attribute with the server's reason.
    for (const ApiFieldError& field : error.fieldErrors)
        lines.append(ApiErrors::describe(field));
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void CatalogueRefreshDialog::updateButtons()
{
    m_applyButton->setEnabled(!m_running && m_refresh && !m_refresh->changesNothing());
    m_createButton->setEnabled(!m_running && m_missing->currentItem());
    m_createButton->setVisible(m_refresh && !m_refresh->mappedButMissing.isEmpty());
}

} // namespace engage
