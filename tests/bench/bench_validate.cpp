// Validation speed on generated configurations (issue: 10,000 HS256 keys and 10,000 mapping
// rows in <= 200 ms; 1,000 RS256 keys in <= 500 ms; linear growth). Run by hand:
//   cmake --build build --target bench_validate && build/tests/bench/bench_validate
// Prints, per size, the median of several runs of ConfigFile::load (parse + structure +
// value rules), the way engagectl validate and the application use it.

#include "config/config_file.h"
#include "crypto/openssl_handles.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace engage;

namespace {

constexpr int runs = 7;

// Every row maps its own key to its own catalogue field, and every key has its own ID and
// secret, so that the configuration is valid and every duplicate check runs at full size.
// Written compactly so that 100,000 of each stay under the 16 MiB cap.
QByteArray hmacKeysAndRows(int count)
{
    QByteArray text =
        R"({"format": "engage-messaging-community", "version": 1, "signed_identities": "require",
"custom_fields": [)";
    for (int index = 0; index < count; ++index) {
        text += (index ? ",\n" : "\n") + QByteArray(R"({"key":"f)") + QByteArray::number(index) +
                R"(","label":"F","type":"s"})";
    }
    text += "],\n\"extra_values_mapping\": [";
    for (int index = 0; index < count; ++index) {
        text += (index ? ",\n" : "\n") + QByteArray(R"({"key":"v)") + QByteArray::number(index) +
                R"(","field":"custom_field:f)" + QByteArray::number(index) + "\"}";
    }
    text += "],\n\"jwt_keys\": [";
    for (int index = 0; index < count; ++index) {
        const QByteArray secret = QByteArray::number(index, 16).rightJustified(24, '0');
        text += (index ? ",\n" : "\n") + QByteArray(R"({"id":"k)") + QByteArray::number(index) +
                R"(","algorithm":"HS256","secret":")" + secret + "\"}";
    }
    return text + "]}\n";
}

QByteArray escapedPem(int bits)
{
    EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits)));
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key.get());
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size)).replace("\n", "\\n");
}

// Key generation is slow, so a pool of distinct keys is cycled; every key is still parsed
// and fingerprinted on its own.
QByteArray rsaKeys(int count, const std::vector<QByteArray>& pool)
{
    QByteArray text =
        R"({"format": "engage-messaging-community", "version": 1, "signed_identities": "require", "jwt_keys": [)";
    for (int index = 0; index < count; ++index) {
        text += (index ? ",\n" : "\n") + QByteArray(R"({"id": "rsa_)") + QByteArray::number(index) +
                R"(", "algorithm": "RS256", "public_key": ")" +
                pool[static_cast<std::size_t>(index) % pool.size()] + "\"}";
    }
    return text + "]}\n";
}

void measure(QTextStream& out, const QString& label, const QByteArray& document)
{
    std::vector<double> milliseconds;
    qsizetype diagnostics = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ConfigLoadResult result = ConfigFile::load(document);
        milliseconds.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        diagnostics = result.diagnostics.size();
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    out << label.leftJustified(40)
        << QString::number(document.size() / 1024.0 / 1024.0, 'f', 2).rightJustified(8)
        << " MiB  median " << QString::number(milliseconds[runs / 2], 'f', 1).rightJustified(8)
        << " ms  (" << diagnostics << " diagnostics)\n";
    out.flush();
}

} // namespace

int main()
{
    QTextStream out(stdout);
    for (const int count : {1000, 10000, 100000})
        measure(out, QStringLiteral("%1 HS256 keys, rows, custom fields").arg(count),
                hmacKeysAndRows(count));

    std::vector<QByteArray> pool;
    for (int index = 0; index < 32; ++index)
        pool.push_back(escapedPem(2048));
    for (const int count : {100, 1000, 10000})
        measure(out, QStringLiteral("%1 RS256 keys (2048 bits)").arg(count), rsaKeys(count, pool));
    return 0;
}
