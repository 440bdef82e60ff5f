// nnbook's host script, for a page that shows the book's widgets in iframes:
//   <script src="https://<the book>/embed.js" async></script>
// It sizes every iframe showing an /embed/ page of the book this script comes from to the height
// that page reports. Messages from other origins, other frames or of other shapes are ignored.
(function () {
  var script = document.currentScript;
  if (!script || !window.addEventListener) return;
  var book = new URL(script.src, location.href).origin;

  function isEmbed(frame) {
    try {
      var address = new URL(frame.src, location.href);
      return address.origin === book && address.pathname.indexOf("/embed/") === 0;
    } catch (error) {
      return false;
    }
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source && isEmbed(frames[i])) return frames[i];
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== book) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "nnbook:height") return;
    var height = Number(data.height);
    if (!(height > 0 && height < 20000)) return;
    var frame = frameOf(event.source);
    if (frame) frame.style.height = Math.ceil(height) + "px";
  });
})();
