#pragma once

// Internal to models/jwt: the pieces of text that JwtVerifier's refusals are built from, in its
// translation context. Called only once a token is refused, never for an accepted one.

#include "json/json_tape.h"
#include "jwt/jwt_prepared_state.h"

#include <QString>
#include <QtGlobal>

namespace engage {

// Token content quoted in a message is cut to this.
constexpr qsizetype maxQuoted = 40;

// The part of a token (or the non-signed identity) that a message names.
enum class TokenPart { Header, Payload, Signature, Identity };

// What a JSON value is, for messages: its string quoted, or its kind.
QString valueDescription(const JsonTape& tape, JsonTape::Index value);

// "2026-01-01T00:30:00Z", or plain Unix time for a date QDateTime cannot hold or ISO 8601
// cannot write in four digits (Qt writes nothing for those).
QString dateTimeText(qint64 unixSeconds);

// Why no identity is taken in this mode (reject, require or invalid).
QString modeRefusalMessage(SignedIdentitiesMode mode, const QString& modeText);

// Named only once a message needs it: translating costs time on every accepted token.
QString partName(TokenPart part);
// The part as the subject of a sentence, "The header": a whole phrase, for languages whose
// article depends on the noun.
QString partSubject(TokenPart part);

QString notBase64UrlMessage(TokenPart segment);

} // namespace engage
