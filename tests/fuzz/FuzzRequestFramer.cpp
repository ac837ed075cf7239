// Fuzzes RequestFramer, which reads the raw bytes of every connection before
// QHttpServer does. Input: 3 bytes of limits (header fields, header bytes,
// body bytes), 4 bytes of chunk sizes used in turn, then the stream.
//
// Properties: feeding the stream in those chunks ends in the same state as
// feeding it at once (refusal, completed requests, path, inRequest); a
// refusal is one of 400/411/413/431 and is final; a 413 never leaves a
// 100 Continue to answer; a stream with no end of head that is longer than
// the header limit is refused with 431 (the framer never buffers past it);
// no more requests complete than there are heads.
#include "FuzzCheck.h"
#include "RequestFramer.h"

#include <array>
#include <cstddef>
#include <cstdint>

using namespace keyward;

namespace {

constexpr qsizetype ControlBytes = 7;

struct FinalState {
    int status = 0;
    QString message;
    QString detail;
    quint64 completed = 0;
    QString path;
    bool inRequest = false;

    bool operator==(const FinalState &) const = default;
};

FinalState finalState(const RequestFramer &framer)
{
    return {framer.refusal().status, framer.refusal().message,
            framer.refusal().detail, framer.completedRequests(),
            framer.path(),           framer.inRequest()};
}

void checkRefusal(RequestFramer &framer, bool accepted)
{
    const int status = framer.refusal().status;
    fuzzCheck(accepted == (status == 0), "feed() returns false exactly when refused");
    if (accepted)
        return;
    fuzzCheck(status == 400 || status == 411 || status == 413 || status == 431,
              "a refusal is 400, 411, 413 or 431");
    fuzzCheck(!framer.refusal().message.isEmpty(), "a refusal has a message");
    if (status == 413)
        fuzzCheck(!framer.takeContinueRequest(), "a 413 never asks for the body");
    const FinalState before = finalState(framer);
    fuzzCheck(!framer.feed("GET / HTTP/1.1\r\n\r\n", 18), "a refusal is final");
    fuzzCheck(finalState(framer) == before, "a refused framer no longer changes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < ControlBytes)
        return 0;
    RequestFramer::Limits limits;
    limits.maxHeaderFields = 1 + data[0] % 128;
    limits.maxHeaderBytes = 64 + qint64(data[1]) * 64;
    limits.maxBodyBytes = data[2] == 255 ? 1024 * 1024 : qint64(data[2]) * 97;
    std::array<int, 4> chunkSizes{data[3] % 200, data[4] % 200, data[5] % 200, data[6] % 200};
    if (chunkSizes == std::array<int, 4>{})
        chunkSizes[0] = 1;
    const char *stream = reinterpret_cast<const char *>(data) + ControlBytes;
    const qint64 length = qint64(size) - ControlBytes;

    // In chunks, answering 100 Continue between them as GuardedSocket does.
    RequestFramer chunked(limits);
    bool accepted = true;
    for (qint64 offset = 0, turn = 0; accepted && offset < length; ++turn) {
        const qint64 chunk = qMin<qint64>(chunkSizes[turn % 4], length - offset);
        accepted = chunked.feed(stream + offset, chunk);
        if (accepted)
            chunked.takeContinueRequest();
        offset += chunk;
    }
    checkRefusal(chunked, accepted);

    RequestFramer whole(limits);
    const bool wholeAccepted = whole.feed(stream, length);
    checkRefusal(whole, wholeAccepted);
    fuzzCheck(finalState(chunked) == finalState(whole),
              "chunking does not change how a stream is framed");

    const QByteArrayView view(stream, length);
    qsizetype heads = 0;
    for (qsizetype at = view.indexOf("\r\n\r\n"); at >= 0; at = view.indexOf("\r\n\r\n", at + 1))
        ++heads;
    fuzzCheck(whole.completedRequests() <= quint64(heads), "every completed request had a head");
    if (heads == 0) {
        qsizetype start = 0;
        while (start < length && (stream[start] == '\r' || stream[start] == '\n'))
            ++start;
        if (length - start > limits.maxHeaderBytes)
            fuzzCheck(whole.refusal().status == 431, "a head over the limit is refused with 431");
    }
    return 0;
}
