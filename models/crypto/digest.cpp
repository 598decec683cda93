#include "crypto/digest.h"

#include "crypto/openssl_handles.h"

#include <QByteArray>

#include <array>
#include <cstddef>

#include <openssl/evp.h>

namespace engage {

QString sha256Hex(QByteArrayView bytes)
{
    const OpenSslErrorScope errorScope;
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int digestSize = 0;
    if (EVP_Digest(bytes.data(), static_cast<std::size_t>(bytes.size()), digest.data(), &digestSize,
                   EVP_sha256(), nullptr) != 1) {
        return {};
    }
    const QByteArray raw(reinterpret_cast<const char*>(digest.data()),
                         static_cast<qsizetype>(digestSize));
    return QString::fromLatin1(raw.toHex());
}

} // namespace engage
