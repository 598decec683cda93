#include "crypto/secure_random.h"

#include "crypto/openssl_handles.h"

#include <QCoreApplication>

#include <array>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace engage {

std::optional<QString> generateHmacSecret()
{
    const OpenSslErrorScope errorScope;
    std::array<unsigned char, 12> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
        return std::nullopt;
    }
    static constexpr char hexDigits[] = "0123456789abcdef";
    QString secret;
    secret.reserve(static_cast<qsizetype>(bytes.size() * 2));
    for (const unsigned char byte : bytes) {
        secret.append(QLatin1Char(hexDigits[byte >> 4]));
        secret.append(QLatin1Char(hexDigits[byte & 0x0f]));
    }
    OPENSSL_cleanse(bytes.data(), bytes.size());
    return secret;
}

QString hmacSecretGenerationFailure()
{
    return QCoreApplication::translate("engage::SecureRandom",
                                       "No secret could be generated: the system's random number "
                                       "generator failed. Try again.");
}

} // namespace engage
