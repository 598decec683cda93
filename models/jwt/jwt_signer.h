#pragma once

#include "config/community_config.h"
#include "json/json_value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace engage {

// How long a signed test token stays valid unless told otherwise (docs/engagectl.md, sign-jwt
// --ttl).
inline constexpr qint64 defaultJwtTtlSeconds = 7200;

// The most bytes read from a private key file: a PEM RSA key is a few KiB, so a larger file
// is not a key, and it is never read whole.
inline constexpr qint64 maxPrivateKeyFileSize = 1024 * 1024;

struct JwtSignRequest
{
    QString kid;       // a configured key ID
    JsonValue payload; // a JSON object; "exp" is added unless it has one
    qint64 nowUnixSeconds = 0;
    qint64 ttlSeconds = defaultJwtTtlSeconds; // exp = now + ttl
    QByteArray privateKeyPem; // RS256 only: the private half of the configured public key
};

// What reading a private key file gave: its PEM text, or why there is none.
struct PrivateKeyFile
{
    QByteArray pem;
    std::optional<QString> error; // translated; names the file, never quotes its content
};

struct JwtSignResult
{
    std::optional<QByteArray> token; // set exactly when error is not
    std::optional<QString> error;    // translated sentence; never holds a secret or key material
};

// Makes test tokens for website integrators (engagectl sign-jwt, the workbench): the header
// {"typ":"JWT","alg":ALG,"kid":ID}, the payload as given plus its "exp". HS256 keys sign with
// their configured secret (its own bytes); RS256 keys need the private key, which must match
// the configured public key and must not be encrypted: the program never asks for a
// passphrase. A key that the configuration rules refuse does not sign.
class JwtSigner
{
    Q_DECLARE_TR_FUNCTIONS(engage::JwtSigner)

public:
    static JwtSignResult sign(const CommunityConfig& config, const JwtSignRequest& request);

    // Reads the private key for an RS256 request from a file ("-" for standard input), at
    // most maxPrivateKeyFileSize bytes of it. The caller keeps the text no longer than the
    // request it signs.
    static PrivateKeyFile readPrivateKeyFile(const QString& path);
};

} // namespace engage
