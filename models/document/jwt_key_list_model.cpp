#include "document/jwt_key_list_model.h"

#include "crypto/secure_random.h"

namespace engage {

JwtKeyListModel::JwtKeyListModel(ConfigDocument* document, QObject* parent)
    : ConfigListModel(document, ConfigList::JwtKeys, parent)
{
}

int JwtKeyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant JwtKeyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole)
        return diagnosticData(index, role);
    const JwtKey& key = document()->config().jwtKeys.at(index.row());
    const QString id = key.id.isEmpty() ? tr("(no ID)") : key.id;
    return key.algorithm.isEmpty() ? id : tr("%1 (%2)").arg(id, key.algorithm);
}

QVariant JwtKeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return ConfigListModel::headerData(section, orientation, role);
    return tr("Key");
}

std::optional<int> JwtKeyListModel::appendKey(const QString& algorithm)
{
    JwtKey key;
    key.id = unusedKeyId(document()->config());
    key.algorithm = algorithm;
    if (algorithm == JwtAlgorithm::hs256) {
        key.secret = generateHmacSecret();
        if (!key.secret)
            return std::nullopt;
    } else {
        key.publicKey = QString();
    }
    const int row = rowCount();
    document()->insertRowToFillIn(row, key);
    return row;
}

QString JwtKeyListModel::memberOfColumn(int) const
{
    return {};
}

} // namespace engage
