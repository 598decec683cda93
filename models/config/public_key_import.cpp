#include "config/public_key_import.h"

#include "crypto/pem_key.h"

namespace engage {

namespace {

QString describe(const PemKeyInspection& inspection)
{
    return PublicKeyImporter::tr("RSA public key, %1 bits \u00b7 SHA-256 fingerprint %2")
        .arg(inspection.modulusBits)
        .arg(inspection.sha256Fingerprint);
}

} // namespace

PublicKeyImport PublicKeyImporter::fromFileContent(QByteArrayView content)
{
    const PemKeyInspection inspection = inspectPemKey(content);
    PublicKeyImport result;
    switch (inspection.kind) {
    case PemKeyKind::RsaPublicKey:
        result.outcome = PublicKeyImport::Outcome::Import;
        result.publicKeyPem = QString::fromUtf8(content);
        result.description = describe(inspection);
        break;
    case PemKeyKind::Certificate:
        if (inspection.keyTypeName != QLatin1String("RSA")) {
            result.refusal = tr("This certificate holds %1; RS256 needs an RSA public key.")
                                 .arg(keyTypePhrase(inspection.keyTypeName));
            break;
        }
        result.outcome = PublicKeyImport::Outcome::ImportFromCertificate;
        result.publicKeyPem = QString::fromLatin1(inspection.publicKeyPem);
        result.description = describe(inspection);
        break;
    case PemKeyKind::PrivateKey:
        result.refusal = privateKeyRefusal();
        break;
    case PemKeyKind::OtherPublicKey:
        result.refusal = tr("The public key in this file is %1; RS256 needs an RSA public key.")
                             .arg(keyTypePhrase(inspection.keyTypeName));
        break;
    case PemKeyKind::UnusableRsaPublicKey:
        result.refusal = tr("This file holds an RSA public key that cannot be used: %1.")
                             .arg(inspection.problem);
        break;
    case PemKeyKind::Invalid:
        result.refusal = tr("This file holds no usable PEM key: %1.").arg(inspection.problem);
        break;
    }
    return result;
}

QString PublicKeyImporter::privateKeyRefusal()
{
    return tr("This is a private key, which must stay with the website: it was not kept. Give "
              "its public key instead, made with \"openssl pkey -in private.pem -pubout\".");
}

QString describeRsaPublicKey(const QString& pemText)
{
    if (pemText.trimmed().isEmpty())
        return {};
    const PemKeyInspection inspection = inspectPemKey(pemText.toUtf8());
    return inspection.kind == PemKeyKind::RsaPublicKey ? describe(inspection) : QString();
}

QString rsaPublicKeyFingerprint(const QString& pemText)
{
    if (pemText.trimmed().isEmpty())
        return {};
    const PemKeyInspection inspection = inspectPemKey(pemText.toUtf8());
    return inspection.kind == PemKeyKind::RsaPublicKey ? inspection.sha256Fingerprint : QString();
}

} // namespace engage
