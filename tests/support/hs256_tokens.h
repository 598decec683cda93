#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

// HS256 tokens made with Qt's own base64url and HMAC rather than the project's signer, so that a
// test of the verifier, the hints or the report does not check our code against itself.

inline QByteArray base64Url(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding |
                                        QByteArray::OmitTrailingEquals);
}

// Any header and payload, as written: malformed ones included.
inline QByteArray hs256SignedToken(const QByteArray& header, const QByteArray& payload,
                                   const QByteArray& key)
{
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(payload);
    return signingInput + '.' +
           base64Url(
               QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256));
}

// The header {"typ":"JWT","alg":"HS256","kid":KID}, as the website sends it.
inline QByteArray hs256Token(const QByteArray& kid, const QByteArray& payload,
                             const QByteArray& key)
{
    return hs256SignedToken(R"({"typ":"JWT","alg":"HS256","kid":")" + kid + R"("})", payload, key);
}
