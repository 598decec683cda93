#include "mapping_page.h"

#include "destination_field_delegate.h"
#include "document/custom_field_table_model.h"
#include "document/mapping_table_model.h"
#include "list_edit_bar.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace engage {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName,
                      const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
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
    m_mappingView = makeTable(m_mappingModel, QStringLiteral("mappingTable"),
                              tr("Extra values mapping"), this);
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

    m_fieldView = makeTable(m_fieldModel, QStringLiteral("customFieldTable"),
                            tr("Custom fields catalogue"), this);
    auto* fieldBar =
        new ListEditBar(m_fieldView, m_fieldModel, tr("Add fie&ld"), tr("Rem&ove field"), this);

    auto* mappingBox = new QWidget(this);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(intro);
    auto* mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mappingView, 1);
    mappingRow->addWidget(mappingBar);
    mappingLayout->addLayout(mappingRow);

    auto* fieldBox = new QGroupBox(tr("Custom fields catalogue (Identity Group)"), this);
    auto* fieldLayout = new QHBoxLayout(fieldBox);
    fieldLayout->addWidget(m_fieldView, 1);
    fieldLayout->addWidget(fieldBar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mappingBox);
    splitter->addWidget(fieldBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(mappingBar, &ListEditBar::addRequested, this,
            [this, mappingBar] { addRow(m_mappingView, mappingBar); });
    connect(fieldBar, &ListEditBar::addRequested, this,
            [this, fieldBar] { addRow(m_fieldView, fieldBar); });
}

bool MappingPage::focusPath(const QString& path)
{
    for (QTableView* view : {m_mappingView, m_fieldView}) {
        const auto* model = static_cast<ConfigListModel*>(view->model());
        const QModelIndex index = model->indexOfPath(path);
        if (index.isValid()) {
            view->setFocus(Qt::OtherFocusReason);
            view->setCurrentIndex(index);
            view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void MappingPage::focusMainControl()
{
    m_mappingView->setFocus(Qt::ShortcutFocusReason);
}

void MappingPage::addRow(QTableView* view, ListEditBar* bar)
{
    const int row = bar->insertionRow();
    if (!view->model()->insertRows(row, 1))
        return;
    const QModelIndex first = view->model()->index(row, 0);
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(first);
    view->scrollTo(first);
    view->edit(first);
}

} // namespace engage
