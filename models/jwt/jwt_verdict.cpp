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

} // namespace engage
