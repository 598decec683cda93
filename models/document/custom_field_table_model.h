#pragma once

#include "document/config_list_model.h"

namespace engage {

// The custom fields catalogue as a table: key, label, type and the optional regex (an empty
// regex cell means the field has none).
class CustomFieldTableModel : public ConfigListModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, LabelColumn, TypeColumn, RegexColumn, ColumnCount };

    explicit CustomFieldTableModel(ConfigDocument* document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Inserts one field of type "string", for the person to fill in.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;

protected:
    QString memberOfColumn(int column) const override;
};

} // namespace engage
