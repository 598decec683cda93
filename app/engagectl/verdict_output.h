#pragma once

#include "jwt/jwt_verdict.h"

#include <QByteArray>
#include <QTextStream>

namespace engage {

// One verdict as the compact JSON object of docs/engagectl.md, without a line break:
// {"accepted","reason","message","kid","alg","header","payload","mapped_fields","hints"}, hints
// as [{"code","message"}] ([] when none). Header and payload appear only where they decoded;
// reason, message, kid and alg are null when absent.
// Written straight into `out`, because --batch writes one such line per token.
void appendVerdictJson(QByteArray& out, const JwtVerdict& verdict);
void appendIdentityVerdictJson(QByteArray& out, const IdentityVerdict& verdict);

// The same verdicts for people, each hint on a "hint: " line under the verdict.
void printVerdict(QTextStream& stream, const JwtVerdict& verdict);
void printIdentityVerdict(QTextStream& stream, const IdentityVerdict& verdict);

} // namespace engage
