#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

// Key material made at test time with the openssl command, so that no private key is ever
// committed. One instance per test case; the files live in a temporary directory.
class OpensslFixtures
{
public:
    OpensslFixtures();

    // Runs `openssl ARGS` with optional standard input; fails the current test on error.
    QByteArray run(const QStringList& arguments, const QByteArray& input = {}) const;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Each generates once and caches its PEM text.
    QByteArray rsaPrivateKey(int bits = 2048);     // PKCS#8 "PRIVATE KEY"
    QByteArray rsaPublicKey(int bits = 2048);      // SPKI "PUBLIC KEY"
    QByteArray rsaPkcs1PublicKey(int bits = 2048); // "RSA PUBLIC KEY" of the same key
    QByteArray selfSignedCertificate();            // RSA 2048
    QByteArray ecPublicKey();                      // P-256 SPKI
    QByteArray ecPrivateKey();                     // SEC1 "EC PRIVATE KEY"
    // What `openssl pkey -pubin -outform DER | sha256sum` prints for the 2048-bit key.
    QString rsaPublicKeyFingerprint(int bits = 2048);
    // A self-signed server certificate for 127.0.0.1 (subjectAltName IP:127.0.0.1) and its
    // unencrypted key, as files; the certificate is also its own CA for clients.
    struct TlsFiles
    {
        QString certificate;
        QString key;
    };
    TlsFiles loopbackServerCertificate();

private:
    QTemporaryDir m_dir;
    QHash<QString, QByteArray> m_cache;
    QByteArray cached(const QString& name, const std::function<QByteArray()>& make);
};
