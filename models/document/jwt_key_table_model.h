#pragma once

#include "document/jwt_key_list_model.h"

namespace engage {

// The JWT keys as a table for the keys page: ID, algorithm, what the key holds ("2048-bit",
// "secret set", "no secret") and its problems' messages on one line. The
// ID and algorithm cells are marked by their own diagnostics, the problems cell by all the
// key's. (Pickers use JwtKeyListModel's one-line labels.)
class JwtKeyTableModel : public JwtKeyListModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, AlgorithmColumn, MaterialColumn, ProblemsColumn, ColumnCount };

    explicit JwtKeyTableModel(ConfigDocument* document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString memberOfColumn(int column) const override;

private:
    QString cellText(const JwtKey& key, const QModelIndex& index) const;
};

} // namespace engage
