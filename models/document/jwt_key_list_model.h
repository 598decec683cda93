#pragma once

#include "document/config_list_model.h"

#include <optional>

namespace engage {

// The JWT keys as a list, one line per key ("prod (HS256)"), marked when any of the key's
// members has a diagnostic. The key's members are edited in the key editor through
// ConfigDocument::replaceRow.
class JwtKeyListModel : public ConfigListModel
{
    Q_OBJECT

public:
    explicit JwtKeyListModel(ConfigDocument* document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Appends a key with an unused ID: an HS256 key gets a new random secret, an RS256 key
    // an empty public key to paste or import. Returns its row, or std::nullopt when no
    // secret could be generated.
    std::optional<int> appendKey(const QString& algorithm);

protected:
    QString memberOfColumn(int column) const override;
};

} // namespace engage
