#include "batch_verification.h"

#include "verdict_output.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace engage {

namespace {

constexpr int linesPerChunk = 2048;
constexpr qsizetype bytesPerChunk = 1024 * 1024;
constexpr qint64 readBlockSize = 1024 * 1024;
constexpr int chunksInFlightPerThread = 4;

// Reads whole lines into chunks, each line followed by '\n'. A line longer than maxLineLength
// is cut to maxLineLength + 1 bytes: still too long, so still refused, but never held whole.
class ChunkReader
{
public:
    ChunkReader(QIODevice& device, qsizetype maxLineLength)
        : m_device(device), m_maxLineLength(maxLineLength)
    {
    }

    // Appends lines to `chunk` until it is full; returns how many, 0 at the end of the input.
    int readChunk(QByteArray& chunk)
    {
        int lines = 0;
        // A chunk ends only between lines: a line begun is finished in the same chunk.
        while (lines < linesPerChunk && (chunk.size() < bytesPerChunk || m_lineLength > 0)) {
            if (m_position == m_buffer.size() && !refill()) {
                if (m_lineLength > 0) { // a last line without a line break
                    chunk.append('\n');
                    ++lines;
                    m_lineLength = 0;
                }
                break;
            }
            const char* begin = m_buffer.constData() + m_position;
            const qsizetype available = m_buffer.size() - m_position;
            const auto* newline = static_cast<const char*>(
                std::memchr(begin, '\n', static_cast<std::size_t>(available)));
            const qsizetype length = newline ? newline - begin : available;
            const qsizetype room = std::max<qsizetype>(0, m_maxLineLength + 1 - m_lineLength);
            chunk.append(begin, std::min(length, room));
            m_lineLength += length;
            m_position += length;
            if (newline) {
                ++m_position;
                chunk.append('\n');
                ++lines;
                m_lineLength = 0;
            }
        }
        return lines;
    }

    bool failed() const { return m_failed; }

private:
    bool refill()
    {
        m_buffer.resize(readBlockSize);
        const qint64 read = m_device.read(m_buffer.data(), readBlockSize);
        m_failed = read < 0;
        m_buffer.resize(std::max<qint64>(read, 0));
        m_position = 0;
        return read > 0;
    }

    QIODevice& m_device;
    const qsizetype m_maxLineLength;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qsizetype m_lineLength = 0; // of the line being read, across refills
    bool m_failed = false;
};

struct Job
{
    QByteArray lines;
    QByteArray verdicts;
    qint64 tokens = 0;
    qint64 rejected = 0;
    bool done = false;
};

// `verdict` is the worker's, reused from token to token.
void verifyJob(JwtVerifier::Session& session, JwtVerdict& verdict, Job& job, qint64 now)
{
    job.verdicts.reserve(job.lines.size() * 2);
    const char* cursor = job.lines.constData();
    const char* const end = cursor + job.lines.size();
    while (cursor < end) {
        const auto* newline = static_cast<const char*>(
            std::memchr(cursor, '\n', static_cast<std::size_t>(end - cursor)));
        qsizetype length = newline - cursor;
        if (length > 0 && cursor[length - 1] == '\r')
            --length;
        session.verify(QByteArrayView(cursor, length), now, verdict);
        appendVerdictJson(job.verdicts, verdict);
        job.verdicts.append('\n');
        ++job.tokens;
        if (!verdict.accepted)
            ++job.rejected;
        cursor = newline + 1;
    }
    job.lines = QByteArray(); // the input is no longer needed while the job waits its turn
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

BatchSummary BatchVerification::run(const JwtVerifier& verifier, QIODevice& input,
                                    QIODevice& output, qint64 nowUnixSeconds, int threads)
{
    threads = std::max(threads, 1);
    JobQueue queue;
    std::vector<std::thread> workers;
    for (int index = 0; index < threads; ++index) {
        workers.emplace_back([&verifier, &queue, nowUnixSeconds] {
            JwtVerifier::Session session(verifier);
            JwtVerdict verdict;
            while (Job* job = queue.take()) {
                verifyJob(session, verdict, *job, nowUnixSeconds);
                queue.markDone(*job);
            }
        });
    }

    BatchSummary summary;
    ChunkReader reader(input, JwtVerifier::maxTokenSize);
    std::deque<std::unique_ptr<Job>> inFlight; // in input order
    const std::size_t maxInFlight = static_cast<std::size_t>(threads) * chunksInFlightPerThread;
    bool inputEnded = false;
    while (true) {
        while (!inputEnded && inFlight.size() < maxInFlight) {
            auto job = std::make_unique<Job>();
            if (reader.readChunk(job->lines) == 0) {
                inputEnded = true;
                break;
            }
            queue.push(job.get());
            inFlight.push_back(std::move(job));
        }
        if (inFlight.empty())
            break;
        Job& oldest = *inFlight.front();
        queue.waitUntilDone(oldest);
        if (!summary.error && output.write(oldest.verdicts) != oldest.verdicts.size()) {
            summary.error = tr("The verdicts could not be written: %1.").arg(output.errorString());
            inputEnded = true; // finish the chunks in flight, read no more
        }
        summary.tokens += oldest.tokens;
        summary.rejected += oldest.rejected;
        inFlight.pop_front();
    }
    queue.close();
    for (std::thread& worker : workers)
        worker.join();
    if (reader.failed() && !summary.error)
        summary.error = tr("The tokens could not be read: %1.").arg(input.errorString());
    return summary;
}

} // namespace engage
