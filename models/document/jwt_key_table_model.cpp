#include "document/jwt_key_table_model.h"

#include "crypto/pem_key.h"
#include "document/diagnostic_presentation.h"

namespace engage {

namespace {

QString materialText(const JwtKey& key)
{
    if (key.algorithm == JwtAlgorithm::hs256) {
        return key.secret && !key.secret->isEmpty() ? JwtKeyTableModel::tr("secret set")
                                                    : JwtKeyTableModel::tr("no secret");
    }
    if (key.algorithm != JwtAlgorithm::rs256)
        return {};
    if (!key.publicKey || key.publicKey->trimmed().isEmpty())
        return JwtKeyTableModel::tr("no public key");
    const PemKeyInspection inspection = inspectPemKey(key.publicKey->toUtf8());
    if (inspection.kind == PemKeyKind::RsaPublicKey && inspection.modulusBits > 0)
        return JwtKeyTableModel::tr("%1-bit").arg(inspection.modulusBits);
    return JwtKeyTableModel::tr("not a usable public key");
}

} // namespace

JwtKeyTableModel::JwtKeyTableModel(ConfigDocument* document, QObject* parent)
    : JwtKeyListModel(document, parent)
{
}

int JwtKeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JwtKeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JwtKey& key = document()->config().jwtKeys.at(index.row());
    if (role == Qt::DisplayRole)
        return cellText(key, index);
    // The material cell is the secret or the public key, whichever the algorithm asks for:
    // their problems are in the problems cell.
    return index.column() == MaterialColumn ? QVariant() : diagnosticData(index, role);
}

QString JwtKeyTableModel::cellText(const JwtKey& key, const QModelIndex& index) const
{
    switch (index.column()) {
    case IdColumn:
        return key.id.isEmpty() ? JwtKeyListModel::tr("(no ID)") : key.id;
    case AlgorithmColumn:
        return key.algorithm;
    case MaterialColumn:
        return materialText(key);
    case ProblemsColumn:
        // The key's messages on one line; the tooltip lists them one a line.
        return joinedMessages(document()->diagnosticIndex().atOrBelow(pathOf(index)))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return {};
}

QVariant JwtKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || role != Qt::DisplayRole)
        return ConfigListModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case AlgorithmColumn:
        return tr("Algorithm");
    case MaterialColumn:
        return tr("Size or secret");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}

QString JwtKeyTableModel::memberOfColumn(int column) const
{
    switch (column) {
    case IdColumn:
        return QStringLiteral("id");
    case AlgorithmColumn:
        return QStringLiteral("algorithm");
    }
    return {};
}

} // namespace engage
