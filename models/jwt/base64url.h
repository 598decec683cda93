#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace engage {

// Base64url (RFC 4648 §5) as JWS compact serialisation uses it (RFC 7515 §2): the alphabet
// A-Z a-z 0-9 - _, and no '=' padding. Decoding is strict, so that one token has exactly one
// spelling: any other character, padding, a length of 4n + 1, or non-zero unused bits in the
// last character make the text invalid.

// The decoded bytes, or std::nullopt when the text is not strict base64url.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

// The same into `bytes`, reusing its storage, for loops that decode many texts. When the text
// is not strict base64url, returns false and leaves `bytes` with unspecified contents.
bool base64UrlDecodeInto(QByteArrayView text, QByteArray& bytes);

// True exactly when base64UrlDecode would succeed, without producing the bytes.
bool isBase64Url(QByteArrayView text);

// The unpadded base64url text of the bytes.
QByteArray base64UrlEncode(QByteArrayView bytes);

} // namespace engage
