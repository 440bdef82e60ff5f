/**
 * The matrix-multiply block as WebAssembly SIMD: C[4·mp, 8·np] (+)= A[4·mp, kc] · B[kc, 8·np],
 * all float32 in the module's memory, addresses and strides in bytes.
 *
 * A 4×8 register tile: eight f32x4 sums (4 rows × two vectors of 4 columns). For each p the two
 * vectors of B row p are loaded once, each of the four A values is loaded into all four lanes
 * (`v128.load32_splat`), and every sum gains A·B with one f32x4.mul and one f32x4.add, so each
 * C_ij is summed in float32 over p in order, exactly as `matmul.ts`'s JavaScript reference does
 * (no fused multiply-add: it would round differently). The tile loops run B's column panels
 * outside and A's row panels inside, so one kc×8 panel of B stays in L1 while A streams past.
 *
 * Two variants differ only in where A(i, p) lives:
 *   gemmRows  A row-major: A(i, p) at a + i·stride + 4p          (A·B and A·Bᵀ)
 *   gemmCols  A stored transposed: A(i, p) at a + 4i + p·stride   (Aᵀ·B)
 * Parameters of both: a, stride, b, ldb, c, ldc, mp, np, kc, first (first: start the sums from
 * 0, else from C, so a depth split into passes of kc still sums in order).
 */
import { Code, type Local } from "./assembler.ts";

const ROWS = 4;
const VECTORS = 2; // of 4 columns each: 8 columns

export function gemmKernel(aTransposed: boolean): Code {
  const f = new Code(["i32", "i32", "i32", "i32", "i32", "i32", "i32", "i32", "i32", "i32"]);
  const [a, stride, b, ldb, c, ldc, mp, np, kc, first] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const jp = f.local("i32"), ip = f.local("i32"), p = f.local("i32");
  const bp = f.local("i32"), cp = f.local("i32"), row = f.local("i32");
  // rows variant: one pointer per row of the tile; cols variant: one pointer, rows at +4r
  const ap: Local[] = Array.from({ length: aTransposed ? 1 : ROWS }, () => f.local("i32"));
  const acc: Local[][] = Array.from({ length: ROWS }, () => Array.from({ length: VECTORS }, () => f.local("v128")));
  const bv: Local[] = Array.from({ length: VECTORS }, () => f.local("v128"));
  const x = f.local("v128");

  /** row = cp + r·ldc for r = 0…3 in turn, then `each(r)` with the row address in `row`. */
  const eachCRow = (each: (r: number) => void) => {
    f.get(cp).set(row);
    for (let r = 0; r < ROWS; r++) {
      each(r);
      if (r < ROWS - 1) f.addTo(row, ldc);
    }
  };

  f.i32(0).set(jp);
  f.doWhile(jp, np, () => {
    f.i32(0).set(ip);
    f.doWhile(ip, mp, () => {
      // Tile (ip, jp): A rows 4ip…4ip+3, B and C columns 8jp…8jp+7.
      if (aTransposed) {
        f.get(a).get(ip).i32(16).i32_mul().i32_add().set(ap[0]);
      } else {
        for (let r = 0; r < ROWS; r++) f.get(a).get(ip).i32(ROWS).i32_mul().i32(r).i32_add().get(stride).i32_mul().i32_add().set(ap[r]);
      }
      f.get(b).get(jp).i32(32).i32_mul().i32_add().set(bp);
      f.get(c).get(ip).i32(ROWS).i32_mul().get(ldc).i32_mul().i32_add().get(jp).i32(32).i32_mul().i32_add().set(cp);
      f.get(first).ifElse(
        () => { for (const r of acc) for (const v of r) f.v128_zero().set(v); },
        () => eachCRow((r) => { for (let h = 0; h < VECTORS; h++) f.get(row).v128_load(16 * h).set(acc[r][h]); }),
      );
      f.i32(0).set(p);
      f.doWhile(p, kc, () => {
        for (let h = 0; h < VECTORS; h++) f.get(bp).v128_load(16 * h).set(bv[h]);
        for (let r = 0; r < ROWS; r++) {
          if (aTransposed) f.get(ap[0]).v128_load32_splat(4 * r);
          else f.get(ap[r]).v128_load32_splat();
          f.set(x);
          for (let h = 0; h < VECTORS; h++) f.get(acc[r][h]).get(x).get(bv[h]).f32x4_mul().f32x4_add().set(acc[r][h]);
        }
        if (aTransposed) f.addTo(ap[0], stride);
        else for (const q of ap) f.addTo(q, 4, true);
        f.addTo(bp, ldb);
      });
      eachCRow((r) => { for (let h = 0; h < VECTORS; h++) f.get(row).get(acc[r][h]).v128_store(16 * h); });
    });
  });
  return f;
}

/** Rows and columns of one register tile: the JavaScript side pads C to multiples of these. */
export const TILE_ROWS = ROWS;
export const TILE_COLS = 4 * VECTORS;
