#pragma once

#include <QByteArrayView>
#include <QString>

namespace engage {

// Lowercase hex SHA-256 of the bytes, through EVP_Digest.
QString sha256Hex(QByteArrayView bytes);

} // namespace engage
