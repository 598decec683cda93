// Classification of pasted PEM text (docs/file-format.md and docs/validation.md: RS256 public keys,
// HS256 secrets). Every key is generated at test time by the openssl command line tool into a
// temporary directory (support/openssl_fixtures.h): no private key is ever committed.

#include "crypto/digest.h"
#include "crypto/openssl_handles.h"
#include "crypto/pem_key.h"
#include "crypto/secure_random.h"
#include "support/hand_made_rsa.h"
#include "support/openssl_fixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

Q_DECLARE_METATYPE(engage::PemKeyKind)

namespace engage {

// Readable QCOMPARE failures.
char* toString(PemKeyKind kind)
{
    switch (kind) {
    case PemKeyKind::Invalid:
        return qstrdup("Invalid");
    case PemKeyKind::RsaPublicKey:
        return qstrdup("RsaPublicKey");
    case PemKeyKind::UnusableRsaPublicKey:
        return qstrdup("UnusableRsaPublicKey");
    case PemKeyKind::OtherPublicKey:
        return qstrdup("OtherPublicKey");
    case PemKeyKind::PrivateKey:
        return qstrdup("PrivateKey");
    case PemKeyKind::Certificate:
        return qstrdup("Certificate");
    }
    return qstrdup("?");
}

char* toString(RsaPublicKeyEncoding encoding)
{
    return qstrdup(encoding == RsaPublicKeyEncoding::Pkcs1 ? "Pkcs1" : "SubjectPublicKeyInfo");
}

} // namespace engage

using engage::PemKeyInspection;
using engage::PemKeyKind;

namespace {

// PEM armour around DER, with the usual 64-character lines.
QByteArray pem(QByteArrayView label, QByteArrayView der)
{
    const QByteArray base64 = der.toByteArray().toBase64();
    QByteArray text = "-----BEGIN " + label.toByteArray() + "-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64) {
        text += base64.mid(i, 64) + '\n';
    }
    return text + "-----END " + label.toByteArray() + "-----\n";
}

QByteArray sshUint32(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 3; i >= 0; --i) {
        bytes[i] = static_cast<char>(value & 0xff);
        value >>= 8;
    }
    return bytes;
}

QByteArray sshString(QByteArrayView value)
{
    return sshUint32(static_cast<quint32>(value.size())) + value.toByteArray();
}

// The layout of an OpenSSH private key file (openssh PROTOCOL.key), with filler bytes in place
// of key material: enough to be recognised, nothing that could be used.
QByteArray openSshPrivateKey(QByteArrayView cipher, QByteArrayView keyType)
{
    const bool encrypted = cipher != "none";
    QByteArray blob("openssh-key-v1", 15); // with its terminating NUL
    blob += sshString(cipher);
    blob += sshString(encrypted ? "bcrypt" : "none");
    blob += sshString(encrypted ? sshString(QByteArray(16, 's')) + sshUint32(16) : QByteArray());
    blob += sshUint32(1);
    blob += sshString(sshString(keyType) + sshString(QByteArray(32, 'p')));
    blob += sshString(QByteArray(64, 'k'));
    return pem("OPENSSH PRIVATE KEY", blob);
}

QString sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPemKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void classifiesPemText_data();
    void classifiesPemText();
    void rsaFingerprintIsSha256OfDerSpkiInBothEncodings();
    void rsaPublicKeyPemIsTheCanonicalSpki();
    void rsaPublicKeysOfBothEncodingsEqualTheKeyPair();
    void rsaPublicKeyVerifiesSignatures_data();
    void rsaPublicKeyVerifiesSignatures();
    void certificateExposesItsPublicKey_data();
    void certificateExposesItsPublicKey();
    void acceptsWhiteSpaceAndLineEndingsAroundPem_data();
    void acceptsWhiteSpaceAndLineEndingsAroundPem();
    void rejectsTextThatHoldsNoUsableKey_data();
    void rejectsTextThatHoldsNoUsableKey();
    void keepsEarlierOpenSslErrorsOfTheCaller();
    void proseMentioningAPrivateKeyLineIsNoPrivateKey();
    void reportsDegenerateRsaKeysAsUnusable_data();
    void reportsDegenerateRsaKeysAsUnusable();
    void acceptsRsaKeysAtTheBordersOfUsable_data();
    void acceptsRsaKeysAtTheBordersOfUsable();
    void namesKeyTypesWithTheirArticle_data();
    void namesKeyTypesWithTheirArticle();

    void hmacSecretIs24LowercaseHexCharacters();
    void hmacSecretsDiffer();
    void sha256HexMatchesKnownVectors_data();
    void sha256HexMatchesKnownVectors();

private:
    QString path(const QString& name) const { return m_openssl.path(name); }
    QByteArray fixture(const QString& name) const;
    bool writeFixture(const QString& name, const QByteArray& contents) const;

    OpensslFixtures m_openssl;
};

QByteArray TestPemKey::fixture(const QString& name) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(name));
        return {};
    }
    return file.readAll();
}

bool TestPemKey::writeFixture(const QString& name, const QByteArray& contents) const
{
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

void TestPemKey::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
             "the openssl command line tool is needed to generate the test keys");
    QVERIFY(writeFixture(QStringLiteral("message.txt"), "a message signed with RS256"));

    const auto file = [this](const char* name) { return path(QLatin1String(name)); };
    const QList<QStringList> steps = {
        // RSA 2048 in every form an administrator may paste.
        {"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out",
         file("rsa2048.key")},
        {"pkey", "-in", file("rsa2048.key"), "-pubout", "-out", file("rsa2048.pub")},
        {"rsa", "-pubin", "-in", file("rsa2048.pub"), "-RSAPublicKey_out", "-out",
         file("rsa2048.pkcs1.pub")},
        {"pkey", "-pubin", "-in", file("rsa2048.pub"), "-outform", "DER", "-out",
         file("rsa2048.pub.der")},
        {"rsa", "-pubin", "-in", file("rsa2048.pub"), "-RSAPublicKey_out", "-outform", "DER",
         "-out", file("rsa2048.pkcs1.der")},
        {"pkey", "-in", file("rsa2048.key"), "-aes-256-cbc", "-passout", "pass:x", "-out",
         file("rsa2048.enc.key")},
        {"rsa", "-in", file("rsa2048.key"), "-traditional", "-out",
         file("rsa2048.traditional.key")},
        {"rsa", "-in", file("rsa2048.key"), "-traditional", "-aes256", "-passout", "pass:x", "-out",
         file("rsa2048.traditional.enc.key")},
        {"dgst", "-sha256", "-sign", file("rsa2048.key"), "-out", file("message.sig"),
         file("message.txt")},
        // Other RSA sizes.
        {"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out",
         file("rsa1024.key")},
        {"pkey", "-in", file("rsa1024.key"), "-pubout", "-out", file("rsa1024.pub")},
        {"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:4096", "-out",
         file("rsa4096.key")},
        {"pkey", "-in", file("rsa4096.key"), "-pubout", "-out", file("rsa4096.pub")},
        // Keys of other types.
        {"genpkey", "-algorithm", "RSA-PSS", "-pkeyopt", "rsa_keygen_bits:2048", "-out",
         file("rsapss.key")},
        {"pkey", "-in", file("rsapss.key"), "-pubout", "-out", file("rsapss.pub")},
        {"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out",
         file("ec.key")},
        {"ec", "-in", file("ec.key"), "-out", file("ec.sec1.key")},
        {"pkey", "-in", file("ec.key"), "-pubout", "-out", file("ec.pub")},
        {"genpkey", "-algorithm", "ED25519", "-out", file("ed25519.key")},
        {"pkey", "-in", file("ed25519.key"), "-pubout", "-out", file("ed25519.pub")},
        // Certificates and other PEM documents.
        {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=test", "-days", "1",
         "-keyout", file("cert.key"), "-out", file("cert.pem")},
        {"x509", "-in", file("cert.pem"), "-trustout", "-addtrust", "serverAuth", "-out",
         file("cert.trusted.pem")},
        {"x509", "-in", file("cert.pem"), "-pubkey", "-noout", "-out", file("cert.pub")},
        {"pkey", "-pubin", "-in", file("cert.pub"), "-outform", "DER", "-out",
         file("cert.pub.der")},
        {"req", "-new", "-key", file("rsa2048.key"), "-subj", "/CN=test", "-out",
         file("request.csr")},
        {"genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", "group:ffdhe2048", "-out",
         file("dh.pem")},
    };
    for (const QStringList& arguments : steps) {
        m_openssl.run(arguments);
        if (QTest::currentTestFailed()) {
            return;
        }
    }

    // Private keys in formats the openssl tool does not write.
    QVERIFY(writeFixture(QStringLiteral("openssh.enc.key"),
                         openSshPrivateKey("aes256-ctr", "ssh-ed25519")));
    QVERIFY(writeFixture(QStringLiteral("openssh.key"), openSshPrivateKey("none", "ssh-rsa")));
    QVERIFY(writeFixture(QStringLiteral("putty.ppk"),
                         "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: aes256-cbc\n"
                         "Comment: test\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIB\n"
                         "ZmlsbGVy\n"));
    // A private key whose paste was cut short.
    const QByteArray traditional = fixture(QStringLiteral("rsa2048.traditional.key"));
    QVERIFY(
        writeFixture(QStringLiteral("truncated.key"), traditional.left(traditional.size() / 2)));
}

void TestPemKey::init()
{
    ERR_clear_error();
}

void TestPemKey::classifiesPemText_data()
{
    QTest::addColumn<QStringList>("fixtures"); // concatenated in this order
    QTest::addColumn<PemKeyKind>("kind");
    QTest::addColumn<int>("modulusBits");
    QTest::addColumn<QString>("keyTypeName");
    QTest::addColumn<bool>("encrypted");

    const auto rsa = QStringLiteral("RSA");
    QTest::newRow("RSA 2048, BEGIN PUBLIC KEY")
        << QStringList{"rsa2048.pub"} << PemKeyKind::RsaPublicKey << 2048 << rsa << false;
    QTest::newRow("RSA 2048, BEGIN RSA PUBLIC KEY")
        << QStringList{"rsa2048.pkcs1.pub"} << PemKeyKind::RsaPublicKey << 2048 << rsa << false;
    QTest::newRow("RSA 1024") << QStringList{"rsa1024.pub"} << PemKeyKind::RsaPublicKey << 1024
                              << rsa << false;
    QTest::newRow("RSA 4096") << QStringList{"rsa4096.pub"} << PemKeyKind::RsaPublicKey << 4096
                              << rsa << false;
    QTest::newRow("EC P-256") << QStringList{"ec.pub"} << PemKeyKind::OtherPublicKey << 0
                              << QStringLiteral("EC") << false;
    QTest::newRow("Ed25519") << QStringList{"ed25519.pub"} << PemKeyKind::OtherPublicKey << 0
                             << QStringLiteral("ED25519") << false;
    QTest::newRow("RSA-PSS is not an RS256 key")
        << QStringList{"rsapss.pub"} << PemKeyKind::OtherPublicKey << 0 << QStringLiteral("RSA-PSS")
        << false;
    QTest::newRow("self-signed certificate")
        << QStringList{"cert.pem"} << PemKeyKind::Certificate << 2048 << rsa << false;
    QTest::newRow("trusted certificate")
        << QStringList{"cert.trusted.pem"} << PemKeyKind::Certificate << 2048 << rsa << false;

    QTest::newRow("PKCS#8 private key")
        << QStringList{"rsa2048.key"} << PemKeyKind::PrivateKey << 0 << rsa << false;
    QTest::newRow("encrypted PKCS#8 private key")
        << QStringList{"rsa2048.enc.key"} << PemKeyKind::PrivateKey << 0 << QString() << true;
    QTest::newRow("traditional RSA private key")
        << QStringList{"rsa2048.traditional.key"} << PemKeyKind::PrivateKey << 0 << rsa << false;
    QTest::newRow("traditional RSA private key with Proc-Type ENCRYPTED")
        << QStringList{"rsa2048.traditional.enc.key"} << PemKeyKind::PrivateKey << 0 << rsa << true;
    QTest::newRow("EC private key, PKCS#8")
        << QStringList{"ec.key"} << PemKeyKind::PrivateKey << 0 << QStringLiteral("EC") << false;
    QTest::newRow("EC private key, SEC1") << QStringList{"ec.sec1.key"} << PemKeyKind::PrivateKey
                                          << 0 << QStringLiteral("EC") << false;
    QTest::newRow("Ed25519 private key") << QStringList{"ed25519.key"} << PemKeyKind::PrivateKey
                                         << 0 << QStringLiteral("ED25519") << false;
    QTest::newRow("OpenSSH private key")
        << QStringList{"openssh.key"} << PemKeyKind::PrivateKey << 0 << rsa << false;
    QTest::newRow("encrypted OpenSSH private key")
        << QStringList{"openssh.enc.key"} << PemKeyKind::PrivateKey << 0
        << QStringLiteral("ED25519") << true;
    QTest::newRow("PuTTY private key") << QStringList{"putty.ppk"} << PemKeyKind::PrivateKey << 0
                                       << QStringLiteral("ED25519") << true;
    QTest::newRow("truncated private key")
        << QStringList{"truncated.key"} << PemKeyKind::PrivateKey << 0 << rsa << false;

    QTest::newRow("private key pasted after a public key")
        << QStringList{"rsa2048.pub", "ec.key"} << PemKeyKind::PrivateKey << 0
        << QStringLiteral("EC") << false;
    QTest::newRow("private key pasted before a public key")
        << QStringList{"rsa2048.enc.key", "rsa2048.pub"} << PemKeyKind::PrivateKey << 0 << QString()
        << true;
    QTest::newRow("certificate with its private key")
        << QStringList{"cert.pem", "cert.key"} << PemKeyKind::PrivateKey << 0 << rsa << false;
    QTest::newRow("damaged private key after a public key")
        << QStringList{"rsa2048.pub", "truncated.key"} << PemKeyKind::PrivateKey << 0 << rsa
        << false;
}

void TestPemKey::classifiesPemText()
{
    QFETCH(QStringList, fixtures);
    QFETCH(PemKeyKind, kind);
    QFETCH(int, modulusBits);
    QFETCH(QString, keyTypeName);
    QFETCH(bool, encrypted);

    QByteArray text;
    for (const QString& name : fixtures) {
        text += fixture(name);
    }
    QVERIFY(!text.isEmpty());

    const PemKeyInspection inspection = engage::inspectPemKey(text);
    QCOMPARE(inspection.kind, kind);
    // The one rule the writer, the validator and the document use says the same.
    QCOMPARE(engage::holdsPrivateKey(text), kind == PemKeyKind::PrivateKey);
    QCOMPARE(inspection.problem, QString());
    QCOMPARE(inspection.modulusBits, modulusBits);
    QCOMPARE(inspection.keyTypeName, keyTypeName);
    QCOMPARE(inspection.privateKeyEncrypted, encrypted);
    QCOMPARE(ERR_peek_error(), 0UL);

    const bool hasPublicKey = kind != PemKeyKind::PrivateKey;
    QCOMPARE(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                 .match(inspection.sha256Fingerprint)
                 .hasMatch(),
             hasPublicKey);
    QCOMPARE(inspection.publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----\n"), hasPublicKey);
    QCOMPARE(inspection.publicKey != nullptr, kind == PemKeyKind::RsaPublicKey);
}

void TestPemKey::rsaFingerprintIsSha256OfDerSpkiInBothEncodings()
{
    // What `openssl pkey -pubin -outform DER | sha256sum` prints.
    const QString expected = sha256OfFile(path(QStringLiteral("rsa2048.pub.der")));
    QCOMPARE(expected.size(), 64);

    const PemKeyInspection spki = engage::inspectPemKey(fixture(QStringLiteral("rsa2048.pub")));
    const PemKeyInspection pkcs1 =
        engage::inspectPemKey(fixture(QStringLiteral("rsa2048.pkcs1.pub")));
    QCOMPARE(spki.kind, PemKeyKind::RsaPublicKey);
    QCOMPARE(pkcs1.kind, PemKeyKind::RsaPublicKey);
    QCOMPARE(spki.encoding, engage::RsaPublicKeyEncoding::SubjectPublicKeyInfo);
    QCOMPARE(pkcs1.encoding, engage::RsaPublicKeyEncoding::Pkcs1);
    QCOMPARE(spki.sha256Fingerprint, expected);
    QCOMPARE(pkcs1.sha256Fingerprint, expected);

    const PemKeyInspection other = engage::inspectPemKey(fixture(QStringLiteral("rsa4096.pub")));
    QVERIFY(other.sha256Fingerprint != expected);
}

void TestPemKey::rsaPublicKeyPemIsTheCanonicalSpki()
{
    const QByteArray spkiPem = fixture(QStringLiteral("rsa2048.pub"));
    QCOMPARE(engage::inspectPemKey(fixture(QStringLiteral("rsa2048.pkcs1.pub"))).publicKeyPem,
             spkiPem);
    QCOMPARE(engage::inspectPemKey(spkiPem).publicKeyPem, spkiPem);
}

void TestPemKey::rsaPublicKeysOfBothEncodingsEqualTheKeyPair()
{
    const PemKeyInspection spki = engage::inspectPemKey(fixture(QStringLiteral("rsa2048.pub")));
    const PemKeyInspection pkcs1 =
        engage::inspectPemKey(fixture(QStringLiteral("rsa2048.pkcs1.pub")));
    const PemKeyInspection other = engage::inspectPemKey(fixture(QStringLiteral("rsa4096.pub")));
    QVERIFY(spki.publicKey && pkcs1.publicKey && other.publicKey);

    const QByteArray privatePem = fixture(QStringLiteral("rsa2048.key"));
    const engage::BioPtr bio(
        BIO_new_mem_buf(privatePem.constData(), static_cast<int>(privatePem.size())));
    const engage::EvpPkeyPtr privateKey(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    QVERIFY(privateKey);

    QCOMPARE(EVP_PKEY_eq(spki.publicKey.get(), pkcs1.publicKey.get()), 1);
    QCOMPARE(EVP_PKEY_eq(privateKey.get(), spki.publicKey.get()), 1);
    QCOMPARE(EVP_PKEY_eq(privateKey.get(), pkcs1.publicKey.get()), 1);
    QCOMPARE(EVP_PKEY_eq(privateKey.get(), other.publicKey.get()), 0);
    ERR_clear_error();
}

void TestPemKey::rsaPublicKeyVerifiesSignatures_data()
{
    QTest::addColumn<QString>("publicKeyFile");
    QTest::newRow("BEGIN PUBLIC KEY") << QStringLiteral("rsa2048.pub");
    QTest::newRow("BEGIN RSA PUBLIC KEY") << QStringLiteral("rsa2048.pkcs1.pub");
}

void TestPemKey::rsaPublicKeyVerifiesSignatures()
{
    QFETCH(QString, publicKeyFile);
    const PemKeyInspection inspection = engage::inspectPemKey(fixture(publicKeyFile));
    QVERIFY(inspection.publicKey);

    const QByteArray signature = fixture(QStringLiteral("message.sig"));
    QCOMPARE(signature.size(), 256);
    const auto verifies = [&](const QByteArray& message) {
        const engage::EvpMdCtxPtr context(EVP_MD_CTX_new());
        return context &&
               EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr,
                                    inspection.publicKey.get()) == 1 &&
               EVP_DigestVerify(context.get(),
                                reinterpret_cast<const unsigned char*>(signature.constData()),
                                static_cast<size_t>(signature.size()),
                                reinterpret_cast<const unsigned char*>(message.constData()),
                                static_cast<size_t>(message.size())) == 1;
    };
    QVERIFY(verifies(fixture(QStringLiteral("message.txt"))));
    QVERIFY(!verifies("a message signed with RS257"));
    ERR_clear_error();
}

void TestPemKey::certificateExposesItsPublicKey_data()
{
    QTest::addColumn<QString>("certificateFile");
    QTest::newRow("BEGIN CERTIFICATE") << QStringLiteral("cert.pem");
    QTest::newRow("BEGIN TRUSTED CERTIFICATE") << QStringLiteral("cert.trusted.pem");
}

void TestPemKey::certificateExposesItsPublicKey()
{
    QFETCH(QString, certificateFile);
    const QString expected = sha256OfFile(path(QStringLiteral("cert.pub.der")));
    QCOMPARE(expected.size(), 64);

    const PemKeyInspection certificate = engage::inspectPemKey(fixture(certificateFile));
    QCOMPARE(certificate.kind, PemKeyKind::Certificate);
    QCOMPARE(certificate.modulusBits, 2048);
    QCOMPARE(certificate.keyTypeName, QStringLiteral("RSA"));
    QCOMPARE(certificate.sha256Fingerprint, expected);
    QCOMPARE(certificate.publicKeyPem, fixture(QStringLiteral("cert.pub")));

    const PemKeyInspection extracted = engage::inspectPemKey(certificate.publicKeyPem);
    QCOMPARE(extracted.kind, PemKeyKind::RsaPublicKey);
    QCOMPARE(extracted.modulusBits, 2048);
    QCOMPARE(extracted.sha256Fingerprint, expected);
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestPemKey::acceptsWhiteSpaceAndLineEndingsAroundPem_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("pkcs1");

    const QByteArray spki = fixture(QStringLiteral("rsa2048.pub"));
    const QByteArray pkcs1 = fixture(QStringLiteral("rsa2048.pkcs1.pub"));
    const auto withCrlf = [](QByteArray text) { return text.replace("\n", "\r\n"); };
    const auto indented = [](const QByteArray& text) {
        QByteArray result;
        for (const QByteArray& line : text.split('\n')) {
            result += "    " + line + " \t\n";
        }
        return result;
    };

    QTest::newRow("as written by openssl") << spki << false;
    QTest::newRow("CRLF line endings") << withCrlf(spki) << false;
    QTest::newRow("CRLF line endings, PKCS#1") << withCrlf(pkcs1) << true;
    QTest::newRow("CR line endings") << QByteArray(spki).replace('\n', '\r') << false;
    QTest::newRow("blank lines and spaces around") << "\n\n  \t" + spki + "\r\n \n\t" << false;
    QTest::newRow("no final line ending") << spki.trimmed() << false;
    QTest::newRow("indented lines with trailing spaces") << indented(spki) << false;
    QTest::newRow("within the text of an e-mail")
        << "Hello,\r\nhere is our key:\r\n\r\n" + withCrlf(pkcs1) + "\r\nRegards\r\n"
        << true;
}

void TestPemKey::acceptsWhiteSpaceAndLineEndingsAroundPem()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, pkcs1);

    const PemKeyInspection inspection = engage::inspectPemKey(text);
    QCOMPARE(inspection.kind, PemKeyKind::RsaPublicKey);
    QCOMPARE(inspection.encoding, pkcs1 ? engage::RsaPublicKeyEncoding::Pkcs1
                                        : engage::RsaPublicKeyEncoding::SubjectPublicKeyInfo);
    QCOMPARE(inspection.modulusBits, 2048);
    QCOMPARE(inspection.sha256Fingerprint, sha256OfFile(path(QStringLiteral("rsa2048.pub.der"))));
    QCOMPARE(inspection.publicKeyPem, fixture(QStringLiteral("rsa2048.pub")));
}

void TestPemKey::rejectsTextThatHoldsNoUsableKey_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem");

    const QByteArray spki = fixture(QStringLiteral("rsa2048.pub"));
    const QByteArray spkiDer = fixture(QStringLiteral("rsa2048.pub.der"));
    const QByteArray pkcs1Der = fixture(QStringLiteral("rsa2048.pkcs1.der"));
    const QByteArray body = spki.split('\n').at(1);
    QCOMPARE(body.size(), 64);
    const auto noBlock = QStringLiteral("no PEM block was found");
    const auto notAValidKey = [](const char* label) {
        return QStringLiteral("the PEM block \"%1\" does not hold a valid key")
            .arg(QLatin1String(label));
    };

    QTest::newRow("empty") << QByteArray() << noBlock;
    QTest::newRow("white space") << QByteArray(" \r\n\t\n") << noBlock;
    QTest::newRow("a word") << QByteArray("hello") << noBlock;
    QTest::newRow("base64 without its armour") << body << noBlock;
    QTest::newRow("BEGIN line without dashes")
        << QByteArray(spki).replace("-----BEGIN PUBLIC KEY-----", "BEGIN PUBLIC KEY") << noBlock;
    QTest::newRow("OpenSSH public key")
        << QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBUenixMLKb6uyLNK8RssjlAwZji9is5yaBi"
                      "RfhdadBZ user@host\n")
        << QStringLiteral("an SSH public key is not a PEM public key");

    QByteArray damaged = spki;
    damaged[spki.indexOf('\n') + 10] = '!';
    QTest::newRow("damaged base64")
        << damaged
        << QStringLiteral("the PEM block \"PUBLIC KEY\" is damaged: its base64 cannot be decoded");
    QTest::newRow("lines of base64 missing")
        << QByteArray(spki).remove(spki.indexOf('\n') + 1, 65) << notAValidKey("PUBLIC KEY");
    QTest::newRow("garbage instead of DER")
        << pem("PUBLIC KEY", QByteArray(200, 'x')) << notAValidKey("PUBLIC KEY");
    QTest::newRow("bytes after the SubjectPublicKeyInfo")
        << pem("PUBLIC KEY", spkiDer + QByteArray("\x05\x00", 2)) << notAValidKey("PUBLIC KEY");
    QTest::newRow("bytes after the PKCS#1 key")
        << pem("RSA PUBLIC KEY", pkcs1Der + QByteArray("\x05\x00", 2))
        << notAValidKey("RSA PUBLIC KEY");
    QTest::newRow("SubjectPublicKeyInfo labelled RSA PUBLIC KEY")
        << pem("RSA PUBLIC KEY", spkiDer) << notAValidKey("RSA PUBLIC KEY");
    QTest::newRow("PKCS#1 labelled PUBLIC KEY")
        << pem("PUBLIC KEY", pkcs1Der) << notAValidKey("PUBLIC KEY");
    QTest::newRow("key labelled CERTIFICATE")
        << pem("CERTIFICATE", spkiDer)
        << QStringLiteral("the PEM block \"CERTIFICATE\" does not hold a valid certificate");
    QTest::newRow("no END line") << spki.left(spki.indexOf("-----END"))
                                 << QStringLiteral("the PEM block \"PUBLIC KEY\" has no END line");
    QTest::newRow("cut in the middle")
        << spki.left(spki.size() / 2)
        << QStringLiteral("the PEM block \"PUBLIC KEY\" has no END line");
    QTest::newRow("END line of another type")
        << QByteArray(spki).replace("END PUBLIC KEY", "END RSA PUBLIC KEY")
        << QStringLiteral("the PEM block \"PUBLIC KEY\" ends with the END line of another block");
    QTest::newRow("empty PEM block")
        << QByteArray("-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n")
        << QStringLiteral("the PEM block \"PUBLIC KEY\" is damaged: its base64 cannot be decoded");
    const auto blocks = [](int count) {
        return QStringLiteral("the text holds %1 PEM blocks; which one was meant is unknown: keep "
                              "only the public key")
            .arg(count);
    };
    QTest::newRow("valid key followed by a damaged one") << spki + damaged << blocks(2);
    QTest::newRow("the same public key twice") << spki + spki << blocks(2);
    QTest::newRow("two public keys") << fixture(QStringLiteral("ec.pub")) + spki << blocks(2);
    QTest::newRow("SPKI and PKCS#1 of one key")
        << spki + fixture(QStringLiteral("rsa2048.pkcs1.pub")) << blocks(2);
    QTest::newRow("certificate and its public key")
        << fixture(QStringLiteral("cert.pem")) + fixture(QStringLiteral("cert.pub")) << blocks(2);
    QTest::newRow("public key after a PEM block that is no key")
        << fixture(QStringLiteral("request.csr")) + fixture(QStringLiteral("rsa4096.pub"))
        << blocks(2);
    QTest::newRow("three blocks between the words of an e-mail")
        << "Our keys:\n" + spki + "and\n" + spki + "or\n" + spki + "Regards\n"
        << blocks(3);
    const QByteArray beginLine = "-----BEGIN PUBLIC KEY-----\n";
    const auto headerProblem = QStringLiteral(
        "the PEM block \"PUBLIC KEY\" has header lines (\"Name: value\", such as Proc-Type or "
        "DEK-Info); a public key has none: remove them");
    QTest::newRow("RFC 1421 encryption headers")
        << QByteArray(spki).replace(
               beginLine, beginLine + "Proc-Type: 4,ENCRYPTED\n"
                                      "DEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF\n\n")
        << headerProblem;
    QTest::newRow("a comment header")
        << QByteArray(spki).replace(beginLine, beginLine + "Comment: our key\n\n") << headerProblem;
    QTest::newRow("a header line without a blank line after it")
        << QByteArray(spki).replace(beginLine, beginLine + "Proc-Type: 4,CLEAR\n") << headerProblem;
    QTest::newRow("certificate request") << fixture(QStringLiteral("request.csr"))
                                         << QStringLiteral("\"CERTIFICATE REQUEST\" is not a key");
    QTest::newRow("DH parameters")
        << fixture(QStringLiteral("dh.pem")) << QStringLiteral("\"DH PARAMETERS\" is not a key");
    QTest::newRow("OpenPGP public key")
        << pem("PGP PUBLIC KEY BLOCK", "not really OpenPGP")
        << QStringLiteral("\"PGP PUBLIC KEY BLOCK\" is an OpenPGP block, not a PEM key");
}

void TestPemKey::proseMentioningAPrivateKeyLineIsNoPrivateKey()
{
    const QByteArray text = fixture(QStringLiteral("rsa2048.pub")) +
                            "\n(The old key, -----BEGIN RSA PRIVATE KEY----- ..., was revoked.)\n";
    QCOMPARE(engage::inspectPemKey(text).kind, PemKeyKind::RsaPublicKey);
    QVERIFY(!engage::holdsPrivateKey(text));
    QVERIFY(!engage::holdsPrivateKey(QString::fromLatin1(text)));
    // The same line on its own is a private key block, however damaged.
    QVERIFY(engage::holdsPrivateKey(QByteArrayView("  -----BEGIN RSA PRIVATE KEY-----\r\n")));
}

void TestPemKey::rejectsTextThatHoldsNoUsableKey()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);

    const PemKeyInspection inspection = engage::inspectPemKey(text);
    QCOMPARE(inspection.kind, PemKeyKind::Invalid);
    QCOMPARE(inspection.problem, problem);
    QCOMPARE(inspection.sha256Fingerprint, QString());
    QCOMPARE(inspection.publicKeyPem, QByteArray());
    QVERIFY(!inspection.publicKey);
    QCOMPARE(ERR_peek_error(), 0UL);
    // The problem never quotes the text itself.
    for (const QByteArray& line : text.split('\n')) {
        if (line.size() >= 16 && !line.startsWith("-----")) {
            QVERIFY(!inspection.problem.contains(QString::fromLatin1(line.trimmed())));
        }
    }
}

void TestPemKey::keepsEarlierOpenSslErrorsOfTheCaller()
{
    ERR_raise(ERR_LIB_USER, 42);
    const unsigned long earlier = ERR_peek_error();
    QVERIFY(earlier != 0);

    QCOMPARE(engage::inspectPemKey(pem("PUBLIC KEY", QByteArray(200, 'x'))).kind,
             PemKeyKind::Invalid);
    QCOMPARE(engage::inspectPemKey(fixture(QStringLiteral("rsa2048.pub"))).kind,
             PemKeyKind::RsaPublicKey);

    QCOMPARE(ERR_get_error(), earlier);
    QCOMPARE(ERR_get_error(), 0UL);
}

void TestPemKey::hmacSecretIs24LowercaseHexCharacters()
{
    const std::optional<QString> secret = engage::generateHmacSecret();
    QVERIFY(secret);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(*secret).hasMatch(),
             qPrintable(*secret));
}

void TestPemKey::hmacSecretsDiffer()
{
    QSet<QString> secrets;
    for (int i = 0; i < 64; ++i) {
        const std::optional<QString> secret = engage::generateHmacSecret();
        QVERIFY(secret);
        secrets.insert(*secret);
    }
    QCOMPARE(secrets.size(), 64);
}

void TestPemKey::sha256HexMatchesKnownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    // FIPS 180-2 examples and the empty message.
    QTest::newRow("abc") << QByteArray("abc")
                         << QStringLiteral(
                                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("empty")
        << QByteArray()
        << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("448 bits")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestPemKey::sha256HexMatchesKnownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(engage::sha256Hex(input), digest);
}

void TestPemKey::reportsDegenerateRsaKeysAsUnusable_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("modulusBits");
    QTest::addColumn<QString>("problem");
    for (const DegenerateRsaKey& key : degenerateRsaKeys())
        QTest::newRow(key.name) << key.pem << key.modulusBits << key.problem;
}

// Keys that no honest signer makes, some of which OpenSSL itself refuses to decode: each is
// named for what is wrong with it, and none comes with a key object to verify with.
void TestPemKey::reportsDegenerateRsaKeysAsUnusable()
{
    QFETCH(QByteArray, text);
    QFETCH(int, modulusBits);
    QFETCH(QString, problem);

    const PemKeyInspection inspection = engage::inspectPemKey(text);
    QCOMPARE(inspection.kind, PemKeyKind::UnusableRsaPublicKey);
    QCOMPARE(inspection.problem, problem);
    QCOMPARE(inspection.modulusBits, modulusBits);
    QCOMPARE(inspection.keyTypeName, QStringLiteral("RSA"));
    QVERIFY(!inspection.publicKey);
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestPemKey::acceptsRsaKeysAtTheBordersOfUsable_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("modulusBits");

    QTest::newRow("512 bits") << handMadeRsaPublicKey(oddModulus(512), exponent65537()) << 512;
    QTest::newRow("16384 bits") << handMadeRsaPublicKey(oddModulus(16384), exponent65537())
                                << 16384;
    QTest::newRow("exponent 3") << handMadeRsaPublicKey(oddModulus(2048), derInteger("\x03"))
                                << 2048;
    // OpenSSL limits the exponent to 64 bits over 3072 bits of modulus only.
    const QByteArray exponentOf65Bits = derUnsignedInteger('\x01' + QByteArray(7, '\0') + '\x01');
    QTest::newRow("exponent of 65 bits, modulus of 3072 bits")
        << handMadeRsaPublicKey(oddModulus(3072), exponentOf65Bits) << 3072;
    QTest::newRow("exponent of 64 bits, modulus of 4096 bits")
        << handMadeRsaPublicKey(oddModulus(4096), derUnsignedInteger(QByteArray(8, '\xff')))
        << 4096;
    QByteArray modulusMinusTwo = oddModulus(2048);
    modulusMinusTwo.back() = static_cast<char>(modulusMinusTwo.back() - 2);
    QTest::newRow("exponent of the modulus minus 2")
        << handMadeRsaPublicKey(oddModulus(2048), modulusMinusTwo) << 2048;
}

void TestPemKey::acceptsRsaKeysAtTheBordersOfUsable()
{
    QFETCH(QByteArray, text);
    QFETCH(int, modulusBits);

    const PemKeyInspection inspection = engage::inspectPemKey(text);
    QCOMPARE(inspection.kind, PemKeyKind::RsaPublicKey);
    QCOMPARE(inspection.problem, QString());
    QCOMPARE(inspection.modulusBits, modulusBits);
    QVERIFY(inspection.publicKey);
}

void TestPemKey::namesKeyTypesWithTheirArticle_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("EC") << QStringLiteral("ec.pub") << QStringLiteral("an EC key");
    QTest::newRow("Ed25519") << QStringLiteral("ed25519.pub") << QStringLiteral("an Ed25519 key");
    QTest::newRow("RSA-PSS") << QStringLiteral("rsapss.pub") << QStringLiteral("an RSA-PSS key");
    QTest::newRow("RSA") << QStringLiteral("rsa2048.pub") << QStringLiteral("an RSA key");
}

void TestPemKey::namesKeyTypesWithTheirArticle()
{
    QFETCH(QString, fixture);
    QFETCH(QString, phrase);

    QCOMPARE(engage::keyTypePhrase(engage::inspectPemKey(this->fixture(fixture)).keyTypeName),
             phrase);
    QCOMPARE(engage::keyTypePhrase(QStringLiteral("DSA")), QStringLiteral("a DSA key"));
    QCOMPARE(engage::keyTypePhrase(QStringLiteral("ML-DSA-65")),
             QStringLiteral("a key of type ML-DSA-65"));
}

QTEST_GUILESS_MAIN(TestPemKey)
#include "test_pem_key.moc"
