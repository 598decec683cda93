#include "jwt/jwt_refusal_texts.h"

#include "jwt/jwt_verifier.h"
#include "text/untrusted_text.h"

#include <QDateTime>

namespace engage {

QString valueDescription(const JsonTape& tape, JsonTape::Index value)
{
    switch (tape.type(value)) {
    case JsonValue::Type::Null:
        return JwtVerifier::tr("null");
    case JsonValue::Type::Bool:
        return JwtVerifier::tr("a boolean");
    case JsonValue::Type::Number:
        return JwtVerifier::tr("the number %1")
            .arg(UntrustedText::forDisplay(tape.qstringText(value), maxQuoted));
    case JsonValue::Type::String:
        return JwtVerifier::tr("the string \"%1\"")
            .arg(UntrustedText::forDisplay(tape.qstringText(value), maxQuoted));
    case JsonValue::Type::Array:
        return JwtVerifier::tr("an array");
    case JsonValue::Type::Object:
        return JwtVerifier::tr("an object");
    }
    return {};
}

QString dateTimeText(qint64 unixSeconds)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC);
    if (!time.isValid() || time.date().year() < 1 || time.date().year() > 9999)
        return JwtVerifier::tr("Unix time %1").arg(unixSeconds);
    return time.toString(Qt::ISODate);
}

QString modeRefusalMessage(SignedIdentitiesMode mode, const QString& modeText)
{
    if (mode == SignedIdentitiesMode::Invalid) {
        return JwtVerifier::tr("The signed identities setting \"%1\" is not valid, so no identity "
                               "is accepted; choose accept, reject or require.")
            .arg(UntrustedText::forDisplay(modeText, maxQuoted));
    }
    if (mode == SignedIdentitiesMode::Reject) {
        return JwtVerifier::tr("The community is in reject mode: it takes only non-signed "
                               "identities, so every signed identity (JWT) is refused.");
    }
    return JwtVerifier::tr("The community is in require mode: only JWT-signed identities are "
                           "accepted, and this identity is not signed.");
}

QString partName(TokenPart part)
{
    switch (part) {
    case TokenPart::Header:
        return JwtVerifier::tr("header");
    case TokenPart::Payload:
        return JwtVerifier::tr("payload");
    case TokenPart::Signature:
        return JwtVerifier::tr("signature");
    case TokenPart::Identity:
        return JwtVerifier::tr("identity");
    }
    return {};
}

QString partSubject(TokenPart part)
{
    switch (part) {
    case TokenPart::Header:
        return JwtVerifier::tr("The header");
    case TokenPart::Payload:
        return JwtVerifier::tr("The payload");
    case TokenPart::Signature:
        return JwtVerifier::tr("The signature");
    case TokenPart::Identity:
        return JwtVerifier::tr("The identity");
    }
    return {};
}

QString notBase64UrlMessage(TokenPart segment)
{
    return JwtVerifier::tr("The %1 segment is not valid base64url: only letters, digits, '-' and "
                           "'_' may appear, without '=' padding.")
        .arg(partName(segment));
}

} // namespace engage
