#pragma once

#include <QString>

#include <optional>

namespace engage {

// A new HS256 shared secret: 24 lowercase hex characters (12 bytes from OpenSSL's CSPRNG).
// Empty when the CSPRNG fails, which callers report instead of falling back to anything weaker.
std::optional<QString> generateHmacSecret();
// What to tell the person when generateHmacSecret() fails.
QString hmacSecretGenerationFailure();

} // namespace engage
