#pragma once

#include "document/config_list_model.h"

namespace engage {

// The extra values mapping as a table: the extra value's key, and the Identity Group field it
// fills (shown by its label; edited as its file name, e.g. "custom_field:customer_id").
class MappingTableModel : public ConfigListModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, FieldColumn, ColumnCount };

    explicit MappingTableModel(ConfigDocument* document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Inserts one empty row, for the person to fill in.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;

protected:
    QString memberOfColumn(int column) const override;
};

} // namespace engage
