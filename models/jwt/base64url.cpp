#include "jwt/base64url.h"

#include <array>
#include <cstddef>

namespace engage {
namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Marks a byte outside the alphabet in the decoding table.
constexpr quint8 invalidSextet = 0xFF;

constexpr std::array<quint8, 256> makeSextets()
{
    std::array<quint8, 256> sextets{};
    for (quint8& sextet : sextets)
        sextet = invalidSextet;
    for (std::size_t value = 0; value < 64; ++value)
        sextets[static_cast<quint8>(alphabet[value])] = static_cast<quint8>(value);
    return sextets;
}

constexpr std::array<quint8, 256> sextets = makeSextets();

quint8 sextetOf(char c)
{
    return sextets[static_cast<quint8>(c)];
}

// Each character's sextet already shifted to its place in a group of four, so that a group
// decodes with three ORs and one test: a character outside the alphabet sets a bit above the
// 24 that a group fills.
constexpr quint32 outsideAlphabet = 1u << 24;

constexpr std::array<quint32, 256> makeShiftedSextets(int shift)
{
    std::array<quint32, 256> shifted{};
    for (std::size_t byte = 0; byte < shifted.size(); ++byte) {
        const quint8 sextet = sextets[byte];
        shifted[byte] = sextet == invalidSextet ? outsideAlphabet : quint32{sextet} << shift;
    }
    return shifted;
}

constexpr std::array<quint32, 256> firstSextets = makeShiftedSextets(18);
constexpr std::array<quint32, 256> secondSextets = makeShiftedSextets(12);
constexpr std::array<quint32, 256> thirdSextets = makeShiftedSextets(6);
constexpr std::array<quint32, 256> fourthSextets = makeShiftedSextets(0);

quint8 byteAt(const char* in)
{
    return static_cast<quint8>(*in);
}

// Decodes the whole text into `out` (room for decodedSize bytes) when `out` is not null;
// returns false at the first character outside the alphabet or on non-zero unused bits.
bool decodeInto(QByteArrayView text, char* out)
{
    const char* in = text.data();
    const qsizetype fullGroups = text.size() / 4;
    for (qsizetype group = 0; group < fullGroups; ++group, in += 4) {
        const quint32 bits = firstSextets[byteAt(in)] | secondSextets[byteAt(in + 1)] |
                             thirdSextets[byteAt(in + 2)] | fourthSextets[byteAt(in + 3)];
        if (bits >= outsideAlphabet)
            return false;
        if (out) {
            *out++ = static_cast<char>(bits >> 16);
            *out++ = static_cast<char>(bits >> 8);
            *out++ = static_cast<char>(bits);
        }
    }
    switch (text.size() % 4) {
    case 0:
        return true;
    case 2: {
        const quint32 a = sextetOf(in[0]);
        const quint32 b = sextetOf(in[1]);
        // Two characters carry 12 bits for one byte: the last 4 bits must be zero.
        if (((a | b) & 0xC0) || (b & 0x0F))
            return false;
        if (out)
            *out = static_cast<char>((a << 2) | (b >> 4));
        return true;
    }
    case 3: {
        const quint32 a = sextetOf(in[0]);
        const quint32 b = sextetOf(in[1]);
        const quint32 c = sextetOf(in[2]);
        // Three characters carry 18 bits for two bytes: the last 2 bits must be zero.
        if (((a | b | c) & 0xC0) || (c & 0x03))
            return false;
        if (out) {
            const quint32 bits = (a << 10) | (b << 4) | (c >> 2);
            *out++ = static_cast<char>(bits >> 8);
            *out = static_cast<char>(bits);
        }
        return true;
    }
    default: // a single character cannot hold a whole byte
        return false;
    }
}

qsizetype decodedSize(qsizetype textSize)
{
    const qsizetype rest = textSize % 4;
    return textSize / 4 * 3 + (rest == 0 ? 0 : rest - 1);
}

} // namespace

bool base64UrlDecodeInto(QByteArrayView text, QByteArray& bytes)
{
    bytes.resize(decodedSize(text.size()));
    return decodeInto(text, bytes.data());
}

bool isBase64Url(QByteArrayView text)
{
    return decodeInto(text, nullptr);
}

} // namespace engage
