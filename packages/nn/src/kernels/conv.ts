/**
 * Convolution and pooling kernels on flat NCHW float32 arrays, behind a small interface (like
 * `matmul.ts`) so faster versions can be swapped in. One image at a time; the layers loop over
 * the batch.
 *
 * im2col lays every receptive field out as a column, so a convolution becomes one matrix product:
 *   cols[(c·k + u)·k + v, oy·OW + ox] = x[c, oy·s − pad + u, ox·s − pad + v]   (0 outside the image)
 *   out[o, :] = W[o, :] · cols        with W viewed as [outChannels, C·k·k]
 * col2im is its adjoint: it adds each column entry back to the pixel it came from (the input
 * gradient of a convolution).
 * Chapter 9, Convolutional networks (convolution as a matrix product).
 */

/** The geometry of one convolution or pooling window sweep over a C×H×W image. */
export interface ConvGeometry {
  channels: number;
  height: number;
  width: number;
  kernel: number;
  stride: number;
  padding: number;
  outHeight: number;
  outWidth: number;
}

/** Output size along one axis: ⌊(n + 2·pad − k) / stride⌋ + 1. */
export function convOutSize(n: number, kernel: number, stride: number, padding: number): number {
  return Math.floor((n + 2 * padding - kernel) / stride) + 1;
}

/** Write the columns of image `x[xOff…]` into `cols` ([C·k·k, OH·OW], overwritten). */
export function im2col(x: Float32Array, xOff: number, g: ConvGeometry, cols: Float32Array): void {
  const { channels: C, height: H, width: W, kernel: k, stride: s, padding: pad, outHeight: OH, outWidth: OW } = g;
  const L = OH * OW;
  for (let c = 0; c < C; c++) {
    const plane = xOff + c * H * W;
    for (let u = 0; u < k; u++) {
      for (let v = 0; v < k; v++) {
        let dst = ((c * k + u) * k + v) * L;
        for (let oy = 0; oy < OH; oy++) {
          const y = oy * s - pad + u;
          if (y < 0 || y >= H) {
            cols.fill(0, dst, dst + OW);
            dst += OW;
            continue;
          }
          const row = plane + y * W;
          if (s === 1) {
            // contiguous run: only the ends can fall in the padding
            for (let ox = 0, xx = v - pad; ox < OW; ox++, xx++) cols[dst++] = xx >= 0 && xx < W ? x[row + xx] : 0;
          } else {
            for (let ox = 0, xx = v - pad; ox < OW; ox++, xx += s) cols[dst++] = xx >= 0 && xx < W ? x[row + xx] : 0;
          }
        }
      }
    }
  }
}

/** Add the columns `cols` ([C·k·k, OH·OW]) back into image `dx[dxOff…]`: the adjoint of im2col. */
export function col2im(cols: Float32Array, g: ConvGeometry, dx: Float32Array, dxOff: number): void {
  const { channels: C, height: H, width: W, kernel: k, stride: s, padding: pad, outHeight: OH, outWidth: OW } = g;
  const L = OH * OW;
  for (let c = 0; c < C; c++) {
    const plane = dxOff + c * H * W;
    for (let u = 0; u < k; u++) {
      for (let v = 0; v < k; v++) {
        let src = ((c * k + u) * k + v) * L;
        for (let oy = 0; oy < OH; oy++, src += OW) {
          const y = oy * s - pad + u;
          if (y < 0 || y >= H) continue;
          const row = plane + y * W;
          for (let ox = 0, xx = v - pad; ox < OW; ox++, xx += s) {
            if (xx >= 0 && xx < W) dx[row + xx] += cols[src + ox];
          }
        }
      }
    }
  }
}

/**
 * Max pooling of image `x[xOff…]` (no padding): out[c, oy, ox] = max over the k×k window, and
 * `argmax` gets the flat index into x of the winner (the first one on ties, as PyTorch).
 */
export function maxPool(
  x: Float32Array, xOff: number, g: ConvGeometry,
  out: Float32Array, outOff: number, argmax: Int32Array,
): void {
  const { channels: C, height: H, width: W, kernel: k, stride: s, outHeight: OH, outWidth: OW } = g;
  if (k === 2 && s === 2) return maxPool2x2(x, xOff, g, out, outOff, argmax);
  let o = outOff;
  for (let c = 0; c < C; c++) {
    const plane = xOff + c * H * W;
    for (let oy = 0; oy < OH; oy++) {
      for (let ox = 0; ox < OW; ox++, o++) {
        let best = -Infinity, at = plane + oy * s * W + ox * s;
        for (let u = 0; u < k; u++) {
          const row = plane + (oy * s + u) * W + ox * s;
          for (let v = 0; v < k; v++) {
            const val = x[row + v];
            // NaN wins and stays, as in PyTorch
            if (val > best || (val !== val && best === best)) {
              best = val;
              at = row + v;
            }
          }
        }
        out[o] = best;
        argmax[o] = at;
      }
    }
  }
}

/**
 * `maxPool` for the common 2×2 window with stride 2, unrolled (the same winners: the first of
 * ties in row-major window order, NaN wins and stays).
 */
function maxPool2x2(x: Float32Array, xOff: number, g: ConvGeometry, out: Float32Array, outOff: number, argmax: Int32Array): void {
  const { channels: C, height: H, width: W, outHeight: OH, outWidth: OW } = g;
  let o = outOff;
  for (let c = 0; c < C; c++) {
    const plane = xOff + c * H * W;
    for (let oy = 0; oy < OH; oy++) {
      for (let ox = 0, at = plane + 2 * oy * W; ox < OW; ox++, o++, at += 2) {
        let best = x[at], win = at;
        const b = x[at + 1], c2 = x[at + W], d = x[at + W + 1];
        if (best === best) {
          if (b > best || b !== b) { best = b; win = at + 1; }
        }
        if (best === best) {
          if (c2 > best || c2 !== c2) { best = c2; win = at + W; }
        }
        if (best === best) {
          if (d > best || d !== d) { best = d; win = at + W + 1; }
        }
        out[o] = best;
        argmax[o] = win;
      }
    }
  }
}
