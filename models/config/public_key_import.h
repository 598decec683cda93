#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace engage {

// What to do with a file chosen by "Import public key…". The RSA public key is imported as
// it is; a certificate's public key is extracted, after the person is told so; anything else
// is refused with the reason, and a private key is never kept.
struct PublicKeyImport
{
    enum class Outcome { Import, ImportFromCertificate, Refuse };
    Outcome outcome = Outcome::Refuse;
    QString publicKeyPem; // Import and ImportFromCertificate: the PEM text to use
    QString description;  // translated facts: "RSA, 2048 bits, SHA-256 fingerprint …"
    QString refusal;      // Refuse: a translated sentence saying why and what to do instead
};

class PublicKeyImporter
{
    Q_DECLARE_TR_FUNCTIONS(engage::PublicKeyImporter)

public:
    static PublicKeyImport fromFileContent(QByteArrayView content);
    // Why a private key is refused, and what to give instead.
    static QString privateKeyRefusal();
};

// How an RS256 key reads in the key editor: "RSA public key, 2048 bits · SHA-256 …", or
// empty when the text is no RSA public key (its diagnostic then says why).
QString describeRsaPublicKey(const QString& pemText);
// The SHA-256 fingerprint of an RSA public key as the key editor shows it, for a person to
// copy and compare; empty when the text is no RSA public key.
QString rsaPublicKeyFingerprint(const QString& pemText);

} // namespace engage
