#include "document/mapping_table_model.h"

namespace engage {

MappingTableModel::MappingTableModel(ConfigDocument* document, QObject* parent)
    : ConfigListModel(document, ConfigList::ExtraValuesMapping, parent)
{
}

int MappingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CommunityConfig& config = document()->config();
    const MappingRow& row = config.extraValuesMapping.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == KeyColumn ? row.key : destinationLabel(config, row.field);
    case Qt::EditRole:
        return index.column() == KeyColumn ? row.key : row.field;
    default:
        return diagnosticData(index, role);
    }
}

bool MappingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    MappingRow row = document()->config().extraValuesMapping.at(index.row());
    (index.column() == KeyColumn ? row.key : row.field) = value.toString();
    return document()->replaceRow(index.row(), row);
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return ConfigListModel::flags(index) | Qt::ItemIsEditable;
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return ConfigListModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Extra value key") : tr("Destination field");
}

bool MappingTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count != 1 || row < 0 || row > rowCount())
        return false;
    return document()->insertRowToFillIn(row, MappingRow{});
}

QString MappingTableModel::memberOfColumn(int column) const
{
    return column == KeyColumn ? QStringLiteral("key") : QStringLiteral("field");
}

} // namespace engage
