#include "jwt/jwt_verdict.h"

namespace engage {

QString jwtReasonName(JwtReason reason)
{
    switch (reason) {
    case JwtReason::SignedIdentitiesRejected:
        return QStringLiteral("signed_identities_rejected");
    case JwtReason::MalformedToken:
        return QStringLiteral("malformed_token");
    case JwtReason::UnsupportedAlg:
        return QStringLiteral("unsupported_alg");
    case JwtReason::InvalidTyp:
        return QStringLiteral("invalid_typ");
    case JwtReason::MissingKid:
        return QStringLiteral("missing_kid");
    case JwtReason::UnknownKid:
        return QStringLiteral("unknown_kid");
    case JwtReason::AlgKeyMismatch:
        return QStringLiteral("alg_key_mismatch");
    case JwtReason::BadSignature:
        return QStringLiteral("bad_signature");
    case JwtReason::MissingExp:
        return QStringLiteral("missing_exp");
    case JwtReason::InvalidExp:
        return QStringLiteral("invalid_exp");
    case JwtReason::ExpTooSoon:
        return QStringLiteral("exp_too_soon");
    case JwtReason::MissingUuid:
        return QStringLiteral("missing_uuid");
    case JwtReason::SignedIdentityRequired:
        return QStringLiteral("signed_identity_required");
    }
    return {};
}

QString jwtHintName(JwtHintCode code)
{
    switch (code) {
    case JwtHintCode::TokenWrapped:
        return QStringLiteral("token_wrapped");
    case JwtHintCode::KidCase:
        return QStringLiteral("kid_case");
    case JwtHintCode::KidInPayload:
        return QStringLiteral("kid_in_payload");
    case JwtHintCode::SignedWithOtherKey:
        return QStringLiteral("signed_with_other_key");
    case JwtHintCode::SecretHexDecoded:
        return QStringLiteral("secret_hex_decoded");
    case JwtHintCode::SecretBase64Decoded:
        return QStringLiteral("secret_base64_decoded");
    case JwtHintCode::SecretAltered:
        return QStringLiteral("secret_altered");
    case JwtHintCode::ExpMilliseconds:
        return QStringLiteral("exp_milliseconds");
    case JwtHintCode::ExpLifetimeShort:
        return QStringLiteral("exp_lifetime_short");
    case JwtHintCode::IatInFuture:
        return QStringLiteral("iat_in_future");
    case JwtHintCode::UuidNotString:
        return QStringLiteral("uuid_not_string");
    case JwtHintCode::ExtraValueNearMiss:
        return QStringLiteral("extra_value_near_miss");
    case JwtHintCode::MappedValueRegexMismatch:
        return QStringLiteral("mapped_value_regex_mismatch");
    }
    return {};
}

} // namespace engage
