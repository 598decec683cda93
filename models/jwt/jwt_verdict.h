#pragma once

#include "json/json_value.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace engage {

// Why an identity was refused (docs/jwt.md). The snake_case names are a published contract:
// scripts match on them, so a reason never changes meaning and is never reused.
enum class JwtReason {
    SignedIdentitiesRejected,
    MalformedToken,
    UnsupportedAlg,
    InvalidTyp,
    MissingKid,
    UnknownKid,
    AlgKeyMismatch,
    BadSignature,
    MissingExp,
    InvalidExp,
    ExpTooSoon,
    MissingUuid,
    SignedIdentityRequired, // a non-signed identity in require mode
};

// The reason as written in JSON output, e.g. "exp_too_soon".
QString jwtReasonName(JwtReason reason);

// The probable cause behind a verdict (docs/jwt.md "Hints"), in the order docs/jwt.md lists them,
// which is the order a verdict gives them in. Like reasons, the snake_case names are a published
// contract. A hint never changes the verdict it comes with.
enum class JwtHintCode {
    TokenWrapped,
    KidCase,
    KidInPayload,
    SignedWithOtherKey,
    SecretHexDecoded,
    SecretBase64Decoded,
    SecretAltered,
    ExpMilliseconds,
    ExpLifetimeShort,
    IatInFuture,
    UuidNotString,
    ExtraValueNearMiss,
    MappedValueRegexMismatch,
};

// The hint as written in JSON output, e.g. "secret_hex_decoded".
QString jwtHintName(JwtHintCode code);

struct JwtHint
{
    JwtHintCode code;
    QString message; // translated: what the integrator most likely did and what to change

    bool operator==(const JwtHint& other) const
    {
        return code == other.code && message == other.message;
    }
};
using JwtHints = QList<JwtHint>;

// One destination field filled by the extra values mapping.
struct MappedField
{
    QString field; // "email", "custom_field:customer_id", ...
    QString value;

    bool operator==(const MappedField& other) const
    {
        return field == other.field && value == other.value;
    }
};
using MappedFields = QList<MappedField>;

// The outcome of verifying one signed identity (a JWT).
struct JwtVerdict
{
    bool accepted = false;
    std::optional<JwtReason> reason; // set exactly when not accepted
    QString message;                 // translated sentence for administrators; empty when accepted
    std::optional<QString> kid;      // the header's "kid" and "alg", when they are strings
    std::optional<QString> alg;
    // The decoded header and payload as compact JSON (members in token order, strings with
    // only the escapes JSON requires), each empty when it did not decode to a JSON object.
    QByteArray header;
    QByteArray payload;
    MappedFields mappedFields; // accepted tokens only
    JwtHints hints; // every hint that applies, in docs/jwt.md's order; empty when none does
};

// A token decoded without a key or a clock (engagectl inspect-jwt): nothing in it is trusted.
struct JwtInspection
{
    std::optional<JsonValue> header; // each when it decoded to a JSON object
    std::optional<JsonValue> payload;
    std::optional<QString> problem; // translated: why the token, or a part of it, did not decode
};

// The outcome of checking one non-signed identity.
struct IdentityVerdict
{
    bool accepted = false;
    std::optional<JwtReason> reason; // set exactly when not accepted
    QString message;                 // translated; empty when accepted
    MappedFields mappedFields;       // accepted identities only
    JwtHints hints;                  // those of docs/jwt.md that apply to a non-signed identity
};

} // namespace engage
