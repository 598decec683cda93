#pragma once

#include "config/community_config.h"
#include "json/json_value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace engage {

// How long a signed test token stays valid unless told otherwise (SPEC §5, sign-jwt --ttl).
inline constexpr qint64 defaultJwtTtlSeconds = 7200;

struct JwtSignRequest
{
    QString kid;       // a configured key ID
    JsonValue payload; // a JSON object; "exp" is added unless it has one
    qint64 nowUnixSeconds = 0;
    qint64 ttlSeconds = defaultJwtTtlSeconds; // exp = now + ttl
    QByteArray privateKeyPem; // RS256 only: the private half of the configured public key
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
};

} // namespace engage
