#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace engage {

// Base64url (RFC 4648 §5) as JWS compact serialisation uses it (RFC 7515 §2): the alphabet
// A-Z a-z 0-9 - _, and no '=' padding. Decoding is strict, so that one token has exactly one
// spelling: any other character, padding, a length of 4n + 1, or non-zero unused bits in the
// last character make the text invalid.

// Decodes into `bytes`, reusing its storage, for loops that decode many texts. When the text
// is not strict base64url, returns false and leaves `bytes` with unspecified contents.
// (Encoding needs nothing of ours: QByteArray::toBase64 with Base64UrlEncoding and
// OmitTrailingEquals writes exactly this alphabet without padding.)
bool base64UrlDecodeInto(QByteArrayView text, QByteArray& bytes);

// True exactly when base64UrlDecodeInto would succeed, without producing the bytes.
bool isBase64Url(QByteArrayView text);

} // namespace engage
