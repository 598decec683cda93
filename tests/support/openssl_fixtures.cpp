#include "openssl_fixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

OpensslFixtures::OpensslFixtures()
{
    QVERIFY2(m_dir.isValid(), "no temporary directory for key fixtures");
}

QByteArray OpensslFixtures::run(const QStringList& arguments, const QByteArray& input) const
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted()) {
        QTest::qFail("the openssl command could not be started", __FILE__, __LINE__);
        return {};
    }
    openssl.write(input);
    openssl.closeWriteChannel();
    openssl.waitForFinished(120000);
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        const QByteArray message = "openssl " + arguments.join(QLatin1Char(' ')).toUtf8() +
                                   " failed: " + openssl.readAllStandardError();
        QTest::qFail(message.constData(), __FILE__, __LINE__);
        return {};
    }
    return openssl.readAllStandardOutput();
}

QByteArray OpensslFixtures::cached(const QString& name, const std::function<QByteArray()>& make)
{
    auto found = m_cache.constFind(name);
    if (found != m_cache.cend())
        return *found;
    const QByteArray value = make();
    m_cache.insert(name, value);
    return value;
}

QByteArray OpensslFixtures::rsaPrivateKey(int bits)
{
    return cached(QStringLiteral("rsa-private-%1").arg(bits), [&] {
        return run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:%1").arg(bits)});
    });
}

QByteArray OpensslFixtures::rsaPublicKey(int bits)
{
    return cached(QStringLiteral("rsa-public-%1").arg(bits), [&] {
        return run({QStringLiteral("pkey"), QStringLiteral("-pubout")}, rsaPrivateKey(bits));
    });
}

QByteArray OpensslFixtures::rsaPkcs1PublicKey(int bits)
{
    return cached(QStringLiteral("rsa-pkcs1-%1").arg(bits), [&] {
        return run(
            {QStringLiteral("rsa"), QStringLiteral("-pubin"), QStringLiteral("-RSAPublicKey_out")},
            rsaPublicKey(bits));
    });
}

QByteArray OpensslFixtures::selfSignedCertificate()
{
    return cached(QStringLiteral("certificate"), [&] {
        const QString keyPath = path(QStringLiteral("certificate-key.pem"));
        QFile key(keyPath);
        if (key.open(QIODevice::WriteOnly))
            key.write(rsaPrivateKey());
        key.close();
        return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                    QStringLiteral("-key"), keyPath, QStringLiteral("-subj"),
                    QStringLiteral("/CN=engage-test"), QStringLiteral("-days"),
                    QStringLiteral("1")});
    });
}

QByteArray OpensslFixtures::ecPrivateKey()
{
    return cached(QStringLiteral("ec-private"), [&] {
        return run({QStringLiteral("ecparam"), QStringLiteral("-name"),
                    QStringLiteral("prime256v1"), QStringLiteral("-genkey"),
                    QStringLiteral("-noout")});
    });
}

QByteArray OpensslFixtures::ecPublicKey()
{
    return cached(QStringLiteral("ec-public"), [&] {
        return run({QStringLiteral("pkey"), QStringLiteral("-pubout")}, ecPrivateKey());
    });
}

QString OpensslFixtures::rsaPublicKeyFingerprint(int bits)
{
    const QByteArray der = run({QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                QStringLiteral("-outform"), QStringLiteral("DER")},
                               rsaPublicKey(bits));
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

OpensslFixtures::TlsFiles OpensslFixtures::loopbackServerCertificate()
{
    const TlsFiles files{path(QStringLiteral("loopback-cert.pem")),
                         path(QStringLiteral("loopback-key.pem"))};
    if (!QFile::exists(files.certificate)) {
        run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             files.key, QStringLiteral("-out"), files.certificate, QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
             QStringLiteral("1")});
    }
    return files;
}
