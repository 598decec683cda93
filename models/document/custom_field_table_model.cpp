#include "document/custom_field_table_model.h"

namespace engage {

CustomFieldTableModel::CustomFieldTableModel(ConfigDocument* document, QObject* parent)
    : ConfigListModel(document, ConfigList::CustomFields, parent)
{
}

int CustomFieldTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomFieldTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return diagnosticData(index, role);
    const CustomField& field = document()->config().customFields.at(index.row());
    switch (index.column()) {
    case KeyColumn:
        return field.key;
    case LabelColumn:
        return field.label;
    case TypeColumn:
        return field.type;
    default:
        return field.regex.value_or(QString());
    }
}

bool CustomFieldTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    CustomField field = document()->config().customFields.at(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case KeyColumn:
        field.key = text;
        break;
    case LabelColumn:
        field.label = text;
        break;
    case TypeColumn:
        field.type = text;
        break;
    default:
        field.regex = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        break;
    }
    return document()->replaceRow(index.row(), field);
}

Qt::ItemFlags CustomFieldTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return ConfigListModel::flags(index) | Qt::ItemIsEditable;
}

QVariant CustomFieldTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return ConfigListModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case LabelColumn:
        return tr("Label");
    case TypeColumn:
        return tr("Type");
    default:
        return tr("Regex");
    }
}

bool CustomFieldTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count != 1 || row < 0 || row > rowCount())
        return false;
    CustomField field;
    field.type = QStringLiteral("string");
    return document()->insertRow(row, field);
}

QString CustomFieldTableModel::memberOfColumn(int column) const
{
    switch (column) {
    case KeyColumn:
        return QStringLiteral("key");
    case LabelColumn:
        return QStringLiteral("label");
    case TypeColumn:
        return QStringLiteral("type");
    default:
        return QStringLiteral("regex");
    }
}

} // namespace engage
