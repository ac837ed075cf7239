// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Fuzzes RequestFramer, the parser of record that reads the raw bytes of
// every connection before QHttpServer does. Input: 3 bytes of limits (header
// fields, header bytes, body bytes), 4 bytes of chunk sizes used in turn,
// then the stream.
//
// Properties: QHttpServer 6.4's own parser, fed the bytes of the requests
// the framer framed (what the guard hands on), reads exactly those requests
// (method, header fields, body): the two never disagree on framing. Feeding
// the stream in chunks ends in the same state as feeding it at once
// (refusal, framed requests and where they end, path, inRequest); a refusal
// is one of 400/411/413/431/505 and is final; a 413 never leaves a 100
// Continue to answer; a stream with no end of head that is longer than the
// header limit is refused (the framer never buffers past it); no more
// requests complete than there are heads.
#include "FramingViews.h"
#include "FuzzCheck.h"
#include "RequestFramer.h"

#include <QCoreApplication>

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
    QList<qint64> ends;
    QString path;
    bool inRequest = false;

    bool operator==(const FinalState &) const = default;
};

FinalState finalState(RequestFramer &framer)
{
    FinalState state{framer.refusal().status,
                     framer.refusal().message,
                     framer.refusal().detail,
                     framer.completedRequests(),
                     {},
                     framer.path(),
                     framer.inRequest()};
    while (framer.hasFramed())
        state.ends.append(framer.takeFramed().end);
    return state;
}

void checkRefusal(RequestFramer &framer, bool accepted)
{
    const int status = framer.refusal().status;
    fuzzCheck(accepted == (status == 0), "feed() returns false exactly when refused");
    if (accepted)
        return;
    fuzzCheck(status == 400 || status == 411 || status == 413 || status == 431 || status == 505,
              "a refusal is 400, 411, 413, 431 or 505");
    fuzzCheck(!framer.refusal().message.isEmpty(), "a refusal has a message");
    if (status == 413)
        fuzzCheck(!framer.takeContinueRequest(), "a 413 never asks for the body");
    const quint64 completed = framer.completedRequests();
    fuzzCheck(!framer.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n", 27), "a refusal is final");
    fuzzCheck(framer.completedRequests() == completed, "a refused framer no longer changes");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QHttpServer, for the agreement property, needs an application.
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < ControlBytes)
        return 0;
    RequestFramer::Limits limits;
    limits.maxHeaderFields = 1 + data[0] % 100;
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
    const FinalState wholeState = finalState(whole);
    fuzzCheck(finalState(chunked) == wholeState, "chunking does not change how a stream is framed");

    const QByteArrayView view(stream, length);
    qsizetype heads = 0;
    for (qsizetype at = view.indexOf("\r\n\r\n"); at >= 0; at = view.indexOf("\r\n\r\n", at + 1))
        ++heads;
    fuzzCheck(whole.completedRequests() <= quint64(heads), "every completed request had a head");
    if (heads == 0 && length > limits.maxHeaderBytes + 2 * RequestFramer::maxLeadingEmptyLines + 2)
        fuzzCheck(wholeState.status != 0, "a head longer than the limit is refused");

    // One verdict: what the guard hands on, QHttpServer reads the same way.
    if (!wholeState.ends.isEmpty()) {
        const QByteArray bytes(stream, length);
        qint64 framedBytes = 0;
        const QList<SeenRequest> framed = seenByFramer(limits, bytes, &framedBytes);
        fuzzCheck(seenByQHttpServer(bytes.left(framedBytes)) == framed,
                  "QHttpServer reads the framed bytes as exactly the framed requests");
    }
    return 0;
}
