#include "parallel_verification.h"

#include "io/bounded_input.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace engage {

namespace {

constexpr qint64 chunkReadSize = 1024 * 1024;
constexpr int chunksInFlightPerThread = 4;

// Reads the input in blocks straight into chunks of whole lines, each line ending in '\n': the
// thread that reads and writes for the workers does no work per line. The start of a line that
// a block cuts is carried over to the next chunk. A line longer than maxLineLength is kept only
// up to maxLineLength + 2 bytes, and the rest of it is skipped: no line is ever held whole,
// however long. Two bytes over, because the verifier drops a '\r' that ends a line: what is
// kept must still prove the line too long when its last byte happens to be one.
class ChunkReader
{
public:
    ChunkReader(QFileDevice& device, qsizetype maxLineLength)
        : m_device(device), m_keptLength(maxLineLength + 2)
    {
    }

    // Fills `chunk` (its storage reused) with whole lines; returns false at the end of the input
    // or at a read error.
    bool readChunk(QByteArray& chunk)
    {
        chunk.truncate(0);
        chunk.append(QByteArrayView(m_carry));
        m_carry.truncate(0);
        for (;;) {
            const qsizetype filled = chunk.size();
            chunk.resize(filled + chunkReadSize);
            const qint64 read =
                BoundedInputReader::readWaiting(m_device, chunk.data() + filled, chunkReadSize);
            if (read < 0) { // the line that a read error cut short is not verified
                m_failed = true;
                return false;
            }
            chunk.resize(filled + read);
            // A log saved by some Windows editors starts with a byte order mark, which is no
            // part of its first token.
            if (m_bytesRead == 0 && chunk.startsWith("\xEF\xBB\xBF"))
                chunk.remove(0, 3);
            m_bytesRead += read;
            if (read == 0) { // the end: a last line without a line break gets one
                if (!chunk.isEmpty())
                    chunk.append('\n');
                return !chunk.isEmpty();
            }
            if (m_skipping && !skipRestOfLongLine(chunk, filled))
                continue;
            // Found near the end: the bytes before `filled` hold no line break.
            const qsizetype lastNewline = chunk.lastIndexOf('\n');
            if (lastNewline >= 0) {
                const qsizetype linesEnd = lastNewline + 1;
                keepStartOfLine(QByteArrayView(chunk).sliced(linesEnd), m_carry);
                chunk.truncate(linesEnd);
                return true;
            }
            if (chunk.size() > m_keptLength) { // one line so far, and too long
                chunk.truncate(m_keptLength);
                m_skipping = true;
            }
        }
    }

    bool failed() const { return m_failed; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    // The bytes from `from` on continue a line of which enough is kept: drops them up to its
    // line break. Returns false when the line goes on past them.
    bool skipRestOfLongLine(QByteArray& chunk, qsizetype from)
    {
        const qsizetype lineBreak = chunk.indexOf('\n', from);
        if (lineBreak < 0) {
            chunk.truncate(from);
            return false;
        }
        chunk.remove(from, lineBreak - from);
        m_skipping = false;
        return true;
    }

    void keepStartOfLine(QByteArrayView start, QByteArray& kept)
    {
        m_skipping = start.size() > m_keptLength;
        kept.append(m_skipping ? start.first(m_keptLength) : start);
    }

    QFileDevice& m_device;
    const qsizetype m_keptLength; // of a line too long to verify
    QByteArray m_carry;           // the start of the line that the last block cut
    bool m_skipping = false;      // in a line too long to keep, up to its line break
    bool m_failed = false;
    qint64 m_bytesRead = 0;
};

// Aligned to a cache line of its own: two workers filling neighbouring jobs must not write to
// one line.
struct alignas(64) Job
{
    QByteArray lines;
    QByteArray output;
    bool done = false;
};

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(),
                       [](char byte) { return byte == ' ' || byte == '\t'; });
}

// `verdict` is the worker's, reused from token to token. The output is kept in the worker's own
// variable while it runs, and handed to the job at the end.
void verifyJob(JwtVerifier::Session& session, JwtVerdict& verdict, TokenVerdictSink& sink, Job& job,
               const ParallelVerificationOptions& options)
{
    QByteArray output;
    output.swap(job.output); // its storage, grown by earlier chunks
    output.truncate(0);
    const char* cursor = job.lines.constData();
    const char* const end = cursor + job.lines.size();
    while (cursor < end) {
        const auto* newline = static_cast<const char*>(
            std::memchr(cursor, '\n', static_cast<std::size_t>(end - cursor)));
        qsizetype length = newline - cursor;
        if (length > 0 && cursor[length - 1] == '\r')
            --length;
        const QByteArrayView token(cursor, length);
        cursor = newline + 1;
        if (options.skipBlankLines && isBlank(token))
            continue;
        session.verify(token, options.nowUnixSeconds, verdict);
        sink.take(token, verdict, output);
    }
    job.output.swap(output);
}

// The jobs waiting for a worker, shared between this thread and the workers.
class JobQueue
{
public:
    void push(Job* job)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_pending.push_back(job);
        }
        m_workAvailable.notify_one();
    }

    // The next job, or nullptr once close() was called and nothing is left.
    Job* take()
    {
        std::unique_lock lock(m_mutex);
        m_workAvailable.wait(lock, [this] { return !m_pending.empty() || m_closed; });
        if (m_pending.empty())
            return nullptr;
        Job* job = m_pending.front();
        m_pending.pop_front();
        return job;
    }

    void markDone(Job& job)
    {
        {
            const std::lock_guard lock(m_mutex);
            job.done = true;
        }
        m_jobDone.notify_all();
    }

    void waitUntilDone(const Job& job)
    {
        std::unique_lock lock(m_mutex);
        m_jobDone.wait(lock, [&job] { return job.done; });
    }

    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_workAvailable.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_jobDone;
    std::deque<Job*> m_pending;
    bool m_closed = false;
};

} // namespace

ParallelVerificationOutcome ParallelVerification::run(const JwtVerifier& verifier,
                                                      QFileDevice& input,
                                                      const std::vector<TokenVerdictSink*>& sinks,
                                                      const ParallelVerificationOptions& options)
{
    if (sinks.empty())
        return {}; // no worker would ever take a chunk: nothing is read
    JobQueue queue;
    std::vector<std::thread> workers;
    workers.reserve(sinks.size());
    for (TokenVerdictSink* sink : sinks) {
        workers.emplace_back([&verifier, &queue, sink, &options] {
            JwtVerifier::Session session(verifier);
            JwtVerdict verdict;
            while (Job* job = queue.take()) {
                verifyJob(session, verdict, *sink, *job, options);
                queue.markDone(*job);
            }
        });
    }

    ParallelVerificationOutcome outcome;
    ChunkReader reader(input, JwtVerifier::maxTokenSize);
    std::deque<std::unique_ptr<Job>> inFlight; // in input order
    // Jobs already handed on, used again: their buffers have grown to a chunk's size, and new
    // ones would cost page faults for every chunk.
    std::vector<std::unique_ptr<Job>> spare;
    const std::size_t maxInFlight = sinks.size() * chunksInFlightPerThread;
    bool inputEnded = false;
    while (true) {
        while (!inputEnded && inFlight.size() < maxInFlight) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                outcome.canceled = true;
                inputEnded = true;
                break;
            }
            std::unique_ptr<Job> job;
            if (spare.empty()) {
                job = std::make_unique<Job>();
            } else {
                job = std::move(spare.back());
                spare.pop_back();
            }
            if (!reader.readChunk(job->lines)) {
                inputEnded = true;
                break;
            }
            if (options.progress)
                options.progress(reader.bytesRead());
            job->done = false;
            queue.push(job.get());
            inFlight.push_back(std::move(job));
        }
        if (inFlight.empty())
            break;
        Job& oldest = *inFlight.front();
        queue.waitUntilDone(oldest);
        if (options.writeOutput && !options.writeOutput(oldest.output))
            inputEnded = true; // finish the chunks in flight, read no more
        spare.push_back(std::move(inFlight.front()));
        inFlight.pop_front();
    }
    queue.close();
    for (std::thread& worker : workers)
        worker.join();
    outcome.readFailed = reader.failed();
    outcome.bytesRead = reader.bytesRead();
    return outcome;
}

} // namespace engage
