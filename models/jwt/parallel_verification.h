#pragma once

#include "jwt/jwt_verifier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFileDevice>

#include <atomic>
#include <functional>
#include <vector>

namespace engage {

// What one worker thread of a ParallelVerification does with each verified token: write a
// line of output, count, ... It is called on that worker's thread only, so it keeps its own
// state without locks; the caller reads that state once run() has returned.
class TokenVerdictSink
{
public:
    virtual ~TokenVerdictSink() = default;
    // `token` is the line without its line break (and without a '\r' before it); `output` is
    // the chunk's output, which the writer of ParallelVerificationOptions gets in input order.
    virtual void take(QByteArrayView token, const JwtVerdict& verdict, QByteArray& output) = 0;
};

struct ParallelVerificationOptions
{
    qint64 nowUnixSeconds = 0;
    // Lines that are empty or only spaces and tabs: verified (verify-jwt --batch answers each
    // input line) or skipped (a report counts tokens, and a blank line is none).
    bool skipBlankLines = false;
    // Called on the calling thread with each chunk's output, in input order; returning false
    // stops the reading (the chunks already read are still verified). May be empty.
    std::function<bool(const QByteArray& output)> writeOutput;
    // Called on the calling thread after each chunk read, with the bytes read so far. May be
    // empty.
    std::function<void(qint64 bytesRead)> progress;
    // Set from any thread to stop reading; what was read is still verified. May be null.
    const std::atomic<bool>* cancel = nullptr;
};

struct ParallelVerificationOutcome
{
    bool readFailed = false; // the input could not be read to its end
    bool canceled = false;   // the cancel flag stopped the reading
    qint64 bytesRead = 0;
};

// Verifies a stream of tokens, one per line, on several threads (verify-jwt --batch, the token
// log report). The input is cut into chunks of whole lines that the workers verify, each with
// its own JwtVerifier::Session and its own sink, while the calling thread reads ahead and hands
// finished chunks' output on in input order. At most a few chunks per worker are in flight, so
// memory does not grow with the input; a line longer than a token may be is kept only up to the
// size that proves it too long.
class ParallelVerification
{
public:
    // One worker thread per sink (at least one sink).
    static ParallelVerificationOutcome run(const JwtVerifier& verifier, QFileDevice& input,
                                           const std::vector<TokenVerdictSink*>& sinks,
                                           const ParallelVerificationOptions& options);
};

} // namespace engage
