#include "pull_dialog.h"

#include "api/api_client.h"
#include "api/list_communities_command.h"
#include "api/pull_configuration_command.h"
#include "api/sync_record.h"
#include "sync_progress.h"
#include "text/untrusted_text.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace engage {

namespace {

enum CommunityColumn { NameColumn, IdColumn };
constexpr int communityIdRole = Qt::UserRole;

} // namespace

PullDialog::PullDialog(std::shared_ptr<ApiClient> client, QWidget* parent)
    : QDialog(parent), m_client(std::move(client)), m_communities(new QStandardItemModel(this)),
      m_filtered(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)),
      m_list(new QTreeView(this)), m_progress(new SyncProgress(this))
{
    setObjectName(QStringLiteral("pullDialog"));
    setWindowTitle(tr("Pull a Community"));
    resize(560, 480);

    m_communities->setHorizontalHeaderLabels({tr("Name"), tr("ID")});
    m_filtered->setSourceModel(m_communities);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterKeyColumn(-1); // the name or the ID

    m_search->setObjectName(QStringLiteral("communitySearch"));
    m_search->setAccessibleName(tr("Search the communities"));
    m_search->setPlaceholderText(tr("Part of a name or an ID"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_list->setObjectName(QStringLiteral("communityList"));
    m_list->setAccessibleName(tr("Communities"));
    m_list->setModel(m_filtered);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    auto* listLabel = new QLabel(tr("&Communities:"), this);
    listLabel->setBuddy(m_list);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("pullCancelButton"));
    m_pullButton = buttons->addButton(tr("&Pull"), QDialogButtonBox::AcceptRole);
    m_pullButton->setObjectName(QStringLiteral("pullButton"));
    m_pullButton->setEnabled(false);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    // Which server the list and the pull come from, before anything is chosen.
    auto* source = new QLabel(
        tr("The communities that this token can see on %1. The one you pull opens with a record "
           "of this server and community, which a later push compares with the server it is "
           "connected to.")
            .arg(UntrustedText::forDisplay(m_client->serverUrl().toString())),
        this);
    source->setObjectName(QStringLiteral("pullSourceLabel"));
    source->setWordWrap(true);
    source->setTextFormat(Qt::PlainText);
    layout->addWidget(source);
    layout->addLayout(searchRow);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PullDialog::updatePullButton);
    connect(m_list, &QTreeView::activated, this, &PullDialog::pullSelected);
    connect(buttons, &QDialogButtonBox::accepted, this, &PullDialog::pullSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

// The commands use the client held here: they go first.
PullDialog::~PullDialog()
{
    delete m_running;
}

void PullDialog::start()
{
    auto* list = new ListCommunitiesCommand(*m_client, this);
    m_running = list;
    connect(list, &ApiCommand::finished, this, &PullDialog::listed);
    m_progress->track(list, tr("Loading the communities\u2026"));
    list->start();
}

void PullDialog::done(int result)
{
    if (m_running) {
        disconnect(m_running, nullptr, this, nullptr);
        m_running->cancel(); // nothing when it has already finished
    }
    QDialog::done(result);
}

void PullDialog::listed()
{
    auto* list = qobject_cast<ListCommunitiesCommand*>(m_running);
    if (list->error()) {
        endWith(*list->error());
        return;
    }
    // Shown as server text is shown everywhere; the ID as the server gave it is what is pulled.
    for (const CommunityRecord& community : list->communities()) {
        auto* name = new QStandardItem(UntrustedText::forDisplay(community.name));
        name->setEditable(false);
        auto* id = new QStandardItem(UntrustedText::forDisplay(community.id));
        id->setData(community.id, communityIdRole);
        id->setEditable(false);
        m_communities->appendRow({name, id});
    }
    m_list->resizeColumnToContents(IdColumn);
    m_running->deleteLater();
    m_running = nullptr;
    if (m_filtered->rowCount() > 0)
        m_list->setCurrentIndex(m_filtered->index(0, NameColumn));
    m_search->setFocus();
    updatePullButton();
}

void PullDialog::pullSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (m_running || !current.isValid())
        return;
    const QString id = current.siblingAtColumn(IdColumn).data(communityIdRole).toString();
    auto* pull = new PullConfigurationCommand(*m_client, id, this);
    m_running = pull;
    connect(pull, &ApiCommand::finished, this, &PullDialog::pullFinished);
    m_progress->track(pull, tr("Pulling the community \"%1\"\u2026")
                                .arg(current.siblingAtColumn(NameColumn).data().toString()));
    updatePullButton();
    pull->start();
}

void PullDialog::pullFinished()
{
    auto* pull = qobject_cast<PullConfigurationCommand*>(m_running);
    if (pull->error() && !pull->isPartial()) {
        endWith(*pull->error());
        return;
    }
    const CommunityConfig& config = pull->configuration();
    // The record keeps the settings pulled: the base of the next push's merge.
    const SyncRecord base =
        SyncRecord::of(m_client->serverUrl().toString(), config.community.id, pull->etag(), config);
    if (pull->isPartial())
        emit partlyPulled(pull->configurationOver(CommunityConfig()), base, pull->unreadParts());
    else
        emit pulled(config, base);
    accept();
}

void PullDialog::updatePullButton()
{
    m_pullButton->setEnabled(!m_running && m_list->currentIndex().isValid());
}

void PullDialog::endWith(const ApiError& error)
{
    // A cancelled action needs no message: the person asked for it.
    if (error.kind != ApiErrorKind::Canceled)
        emit failed(error.message);
    reject();
}

} // namespace engage
