#pragma once

#include "kit/integration_kit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace engage {

// The kit's server-side signing code, one function per language that takes the identity and
// returns the token: header {"typ":"JWT","alg":ALG,"kid":ID}, the identity's members plus
// "exp" = now + kitTokenLifetimeSeconds. The key is read from the environment (HS256: the
// secret in ENGAGE_JWT_SECRET; RS256: the PEM file named by ENGAGE_JWT_PRIVATE_KEY_FILE) and
// never written into the code.
class SigningCodeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(engage::SigningCodeCatalogue)

public:
    // Node.js, Python, PHP, Java, C#, Go and Ruby, in that order; `algorithm` is HS256 or RS256.
    static QList<SigningCode> forKey(const QString& keyId, const QString& algorithm);
};

} // namespace engage
