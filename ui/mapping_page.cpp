#include "mapping_page.h"

#include "destination_field_delegate.h"
#include "document/custom_field_table_model.h"
#include "document/mapping_table_model.h"
#include "list_edit_bar.h"
#include "mapping_key_delegate.h"
#include "table_filter.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace engage {

namespace {

QTableView* makeEditableTable(const QString& objectName, const QString& accessibleName,
                              QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

MappingPage::MappingPage(ConfigDocument* document, QWidget* parent)
    : QWidget(parent), m_mappingModel(new MappingTableModel(document, this)),
      m_fieldModel(new CustomFieldTableModel(document, this))
{
    m_mappingView =
        makeEditableTable(QStringLiteral("mappingTable"), tr("Extra values mapping"), this);
    m_mappingFilter =
        new TableFilter(m_mappingView, m_mappingModel, tr("Filter the extra values mapping"), this);
    m_mappingView->setItemDelegateForColumn(MappingTableModel::KeyColumn,
                                            new MappingKeyDelegate(document, this));
    m_mappingView->setItemDelegateForColumn(MappingTableModel::FieldColumn,
                                            new DestinationFieldDelegate(document, this));
    m_mappingView->setColumnWidth(MappingTableModel::KeyColumn, 240);
    auto* mappingBar =
        new ListEditBar(m_mappingView, m_mappingModel, tr("&Add row"), tr("Re&move row"), this);

    auto* intro = new QLabel(
        tr("Each row copies the visitor's extra value of that key into an Identity Group field "
           "shown to agents. The key \"uuid\" maps the visitor's UUID itself."),
        this);
    intro->setWordWrap(true);

    m_fieldView =
        makeEditableTable(QStringLiteral("customFieldTable"), tr("Custom fields catalogue"), this);
    m_fieldFilter =
        new TableFilter(m_fieldView, m_fieldModel, tr("Filter the custom fields catalogue"), this);
    auto* fieldBar =
        new ListEditBar(m_fieldView, m_fieldModel, tr("Add fie&ld"), tr("Rem&ove field"), this);

    auto* mappingBox = new QWidget(this);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    // The sentence beside the filter rather than above it: the rows get the height.
    auto* introRow = new QHBoxLayout;
    introRow->addWidget(intro, 2);
    introRow->addWidget(m_mappingFilter, 1, Qt::AlignBottom);
    mappingLayout->addLayout(introRow);
    auto* mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mappingView, 1);
    mappingRow->addWidget(mappingBar);
    mappingLayout->addLayout(mappingRow, 1);

    m_fieldBox = new QGroupBox(tr("Custom fields catalogue (Identity Group)"), this);
    // Its buttons in a row beside the filter, so that the catalogue needs little height.
    auto* fieldLayout = new QVBoxLayout(m_fieldBox);
    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_fieldFilter, 1);
    fieldBar->setOrientation(Qt::Horizontal);
    fieldRow->addWidget(fieldBar);
    fieldLayout->addLayout(fieldRow);
    fieldLayout->addWidget(m_fieldView, 1);

    // The mapping is what the page is for: it takes the height a small screen has to spare.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mappingSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(mappingBox);
    m_splitter->addWidget(m_fieldBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // the tab's frame is margin enough
    layout->addWidget(m_splitter);

    connect(mappingBar, &ListEditBar::addRequested, this,
            [this, mappingBar] { addRow(m_mappingView, m_mappingFilter, mappingBar); });
    connect(fieldBar, &ListEditBar::addRequested, this,
            [this, fieldBar] { addRow(m_fieldView, m_fieldFilter, fieldBar); });
}

bool MappingPage::focusPath(const QString& path)
{
    for (TableFilter* filter : {m_mappingFilter, m_fieldFilter}) {
        const auto* model = static_cast<ConfigListModel*>(filter->proxy()->sourceModel());
        const QModelIndex index = model->indexOfPath(path);
        if (index.isValid()) {
            filter->clear();
            auto* view = filter == m_mappingFilter ? m_mappingView : m_fieldView;
            const QModelIndex shown = filter->proxy()->mapFromSource(index);
            view->setFocus(Qt::OtherFocusReason);
            view->setCurrentIndex(shown);
            view->scrollTo(shown);
            return true;
        }
    }
    return false;
}

QLineEdit* MappingPage::filterNear(const QWidget* focus) const
{
    return m_fieldBox->isAncestorOf(focus) ? m_fieldFilter->edit() : m_mappingFilter->edit();
}

QByteArray MappingPage::splitterState() const
{
    return m_splitter->saveState();
}

void MappingPage::restoreSplitterState(const QByteArray& state)
{
    m_splitterPlaced = m_splitter->restoreState(state);
}

void MappingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_splitterPlaced)
        return;
    // The splitter alone would share by the tables' size hints, which are alike: the mapping
    // is what the page is for, so it takes three quarters.
    const int height = m_splitter->height();
    m_splitter->setSizes({height - height / 4, height / 4});
    m_splitterPlaced = true;
}

void MappingPage::focusMainControl()
{
    m_mappingView->setFocus(Qt::ShortcutFocusReason);
}

void MappingPage::addRow(QTableView* view, TableFilter* filter, ListEditBar* bar)
{
    const int row = bar->insertionRow();
    filter->clear();
    QAbstractItemModel* model = filter->proxy()->sourceModel();
    if (!model->insertRows(row, 1))
        return;
    const QModelIndex first = filter->proxy()->mapFromSource(model->index(row, 0));
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(first);
    view->scrollTo(first);
    view->edit(first);
}

} // namespace engage
