/**
 * PTX instructions: texture and surface.
 * Facts from NVIDIA's PTX ISA 9.1 documentation (chapter 9.7); descriptions are our own.
 */
import type { InstructionDoc, ModifierDoc } from '../schema';

/* ------------------------------------------------------------------ shared modifier text */

const TEX_GEOMS: ModifierDoc[] = [
  { name: '.1d', description: 'One-dimensional texture/surface; the coordinate is a single value `{x}`.' },
  { name: '.2d', description: 'Two-dimensional; coordinates `{x, y}`.' },
  { name: '.3d', description: 'Three-dimensional; coordinates `{x, y, z, _}` (a 4-element vector whose last element is ignored).' },
  { name: '.a1d', description: 'Array of 1-D layers: `{layer, x}`, where the layer index is an unsigned integer.' },
  { name: '.a2d', description: 'Array of 2-D layers: `{layer, x, y, _}` (fourth element ignored).' },
];

const CUBE_GEOMS: ModifierDoc[] = [
  {
    name: '.cube',
    description: 'Cube map (six square faces). `c` is `{s, t, r, _}` in `.f32`: a direction from the cube centre; the largest component picks the face.',
  },
  { name: '.acube', description: 'Array of cube maps: `{index, s, t, r}`, the first element an unsigned cube index. sm_20.' },
];

const SURF_CLAMP: ModifierDoc[] = [
  { name: '.trap', description: 'An out-of-bounds coordinate raises an execution trap (the kernel faults).' },
  { name: '.clamp', description: 'An out-of-bounds coordinate is clamped to the nearest valid location of the surface.' },
  { name: '.zero', description: 'Out of bounds: loads return zero and stores/reductions are dropped.' },
];

const RESIDENCY_PREDICATE = {
  name: 'p',
  role: 'predicate' as const,
  description: 'Optional (`d|p`): true when the texels were resident in memory (sparse textures); when false, `d` is all zeros. PTX 7.1, sm_60.',
};

const TEX_HANDLE = {
  name: 'a',
  role: 'address' as const,
  description: 'The texture: a `.texref` variable, or a `.u64` register holding a texture handle (a CUDA texture object, or the address of a `.texref`).',
};

/* ------------------------------------------------------------------ entries */

export const textureSurfaceInstructions: InstructionDoc[] = [
  {
    opcode: 'tex',
    family: 'texture',
    summary: 'Sample a texture at given coordinates through the texture unit',
    description:
      'Reads the texture `a` at coordinates `c` and returns four components (or two `.f16x2` pairs) in `d`. The texture hardware handles ' +
      'filtering (nearest or linear), addressing modes at the edges (wrap, clamp, mirror, border), normalized coordinates and format ' +
      'conversion, as configured in the texture/sampler descriptors.\n\n' +
      'The geometry (`.1d`, `.2d`, `.3d`, layered, cube, multi-sample) decides how `c` is read. Mipmapped textures can be sampled at level 0 ' +
      '(`.base`), at an explicit level of detail (`.level`), or with gradients (`.grad`). Optional extras: an integer texel offset `e` (-8..7), ' +
      'a depth-compare value `f` for shadow maps, and a residency predicate `p` for sparse textures.\n\n' +
      'In modern CUDA the texture is a 64-bit texture object passed as a kernel parameter, so `a` is usually a `.u64` register.',
    syntax: [
      'tex.geom.v4.dtype.ctype  d[|p], [a, c]{, e}{, f};',
      'tex.geom.v4.dtype.ctype  d[|p], [a, b, c]{, e}{, f};   // explicit sampler',
      'tex.geom.v2.f16x2.ctype  d[|p], [a, {b,} c]{, e}{, f};',
      '// mipmaps',
      'tex.base.geom.v4.dtype.ctype   d[|p], [a, {b,} c]{, e}{, f};',
      'tex.level.geom.v4.dtype.ctype  d[|p], [a, {b,} c], lod{, e}{, f};',
      'tex.grad.geom.v4.dtype.ctype   d[|p], [a, {b,} c], dPdx, dPdy{, e}{, f};',
      '.geom = { .1d, .2d, .3d, .a1d, .a2d, .cube, .acube, .2dms, .a2dms };',
      '.dtype = { .u32, .s32, .f16, .f32 };',
      '.ctype = { .s32, .f32 };   // .cube/.acube need .f32, .2dms/.a2dms need .s32',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Brace list of four results (R, G, B, A), or two `.f16x2` registers.' },
      RESIDENCY_PREDICATE,
      TEX_HANDLE,
      { name: 'b', role: 'other', description: 'Optional sampler (`.samplerref` or `.u64`) in independent texturing mode; otherwise the texture\'s own sampler settings apply.' },
      { name: 'c', role: 'source', description: 'Coordinate vector (layer/sample indices first for array and multi-sample geometries), `.s32` or `.f32` per `.ctype`.' },
      { name: 'lod', role: 'source', description: '`.level` only: the level of detail to sample (type follows `.ctype`).' },
      { name: 'dPdx, dPdy', role: 'source', description: '`.grad` only: `.f32` vectors with the coordinate derivatives, from which the hardware picks the level of detail.' },
      { name: 'e', role: 'source', description: 'Optional `.s32` texel offset vector, each element in -8..+7 (not for cube geometries).' },
      { name: 'f', role: 'source', description: 'Optional `.f32` depth-compare value for depth textures: each texel becomes 1.0 or 0.0 depending on the comparison before filtering (not for 3d or multi-sample).' },
    ],
    modifiers: [
      ...TEX_GEOMS,
      ...CUBE_GEOMS,
      { name: '.2dms', description: 'Multi-sample 2-D texture: `c` is `{sample, x, y, _}` with integer coordinates. sm_30.' },
      { name: '.a2dms', description: 'Array of multi-sample 2-D textures: `c` is `{sample, layer, x, y}`. sm_30.' },
      { name: '.base', description: 'Sample mip level 0 (the default when no mipmap mode is given).' },
      { name: '.level', description: 'Sample the explicit level of detail given by `lod` (`tex2DLod`). Not for multi-sample geometries. sm_20.' },
      { name: '.grad', description: 'Choose the level of detail from the gradients `dPdx`/`dPdy` (`tex2DGrad`). Not for multi-sample geometries. sm_20.' },
      { name: '.f16', description: 'Return the four components as half-precision values (`.v4` form). sm_53.' },
      { name: '.f16x2', description: 'Return the four components as two packed `.f16x2` registers (`.v2`). sm_53.' },
    ],
    introduced: '1.0',
    versionNotes: [
      { version: '1.5', change: '`.texref`/`.samplerref` types and independent texturing mode.' },
      { version: '2.3', change: 'Texture arrays (`.a1d`, `.a2d`).' },
      { version: '3.0', change: 'Cube maps and cube-map arrays.' },
      { version: '3.1', change: 'Mipmaps (`.base`, `.level`, `.grad`) and indirect (register) texture access.' },
      { version: '3.2', change: 'Multi-sample textures.' },
      { version: '4.2', change: '`.f16` and `.f16x2` results.' },
      { version: '4.3', change: '`tex.grad` on cube maps, offset operand `e`, depth-compare operand `f`.' },
      { version: '7.1', change: 'Residency predicate `p`.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_20', requirement: '`.acube`, mipmaps, indirect access, `tex.grad` on cube maps' },
      { target: 'sm_30', requirement: 'Multi-sample textures, offset and depth-compare operands' },
      { target: 'sm_53', requirement: '`.f16` / `.f16x2` results' },
      { target: 'sm_60', requirement: 'Residency predicate' },
    ],
    cuda: '`tex1D`, `tex2D`, `tex3D`, `tex1DLayered`, `tex2DLayered`, `texCubemap` on a `cudaTextureObject_t`; `tex2DLod` → `.level`, `tex2DGrad` → `.grad`; `tex1Dfetch` gives `tex.1d` with integer coordinates.',
    example: {
      target: 'sm_75',
      caption: 'Samples a 2-D float texture object at normalized coordinates, once at level 0 and once at an explicit mip level.',
      code: `.visible .entry tex_sample(.param .u64 texobj, .param .u64 out) {
  .reg .f32 %f<8>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [texobj];
  ld.param.u64 %rd2, [out];
  mov.f32 %f1, 0f3F000000;     // u = 0.5
  mov.f32 %f2, 0f3E800000;     // v = 0.25
  tex.2d.v4.f32.f32 {%f3, %f4, %f5, %f6}, [%rd1, {%f1, %f2}];
  mov.f32 %f7, 0f40000000;     // lod 2
  tex.level.2d.v4.f32.f32 {%f3, %f4, %f5, %f6}, [%rd1, {%f1, %f2}], %f7;
  st.global.v4.f32 [%rd2], {%f3, %f4, %f5, %f6};
}`,
    },
    anchor: 'texture-instructions-tex',
  },
  {
    opcode: 'tld4',
    family: 'texture',
    summary: 'Gather one component from the four texels a bilinear filter would use',
    description:
      'Instead of returning one filtered value, `tld4` returns the chosen component (`.r`, `.g`, `.b` or `.a`) of each of the 2×2 texels that ' +
      'surround the sample point, as a 4-element vector ordered counter-clockwise starting at the lower-left texel. This lets a kernel do its own ' +
      'filtering (custom interpolation, percentage-closer filtering) with a single fetch.\n\n' +
      'Coordinates are `.f32`. Optional operands as in `tex`: texel offset `e` (2-D and layered 2-D only), depth-compare value `f`, and a ' +
      'residency predicate `p`.',
    syntax: [
      'tld4.comp.2d.v4.dtype.f32    d[|p], [a, c]{, e}{, f};',
      'tld4.comp.geom.v4.dtype.f32  d[|p], [a, b, c]{, e}{, f};   // explicit sampler',
      '.comp = { .r, .g, .b, .a };',
      '.geom = { .2d, .a2d, .cube, .acube };',
      '.dtype = { .u32, .s32, .f32 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Four results: the selected component of the lower-left, lower-right, upper-right and upper-left texels.' },
      RESIDENCY_PREDICATE,
      TEX_HANDLE,
      { name: 'b', role: 'other', description: 'Optional sampler in independent mode.' },
      { name: 'c', role: 'source', description: '`.f32` coordinates (`{x, y}` for `.2d`; array index first for `.a2d`/`.acube`).' },
      { name: 'e', role: 'source', description: 'Optional `.v2.s32` texel offset (-8..7), only for `.2d` and `.a2d`.' },
      { name: 'f', role: 'source', description: 'Optional `.f32` depth-compare value for depth textures.' },
    ],
    modifiers: [
      { name: '.r', description: 'Gather the red (first) component.' },
      { name: '.g', description: 'Gather the green (second) component.' },
      { name: '.b', description: 'Gather the blue (third) component.' },
      { name: '.a', description: 'Gather the alpha (fourth) component.' },
      { name: '.2d', description: 'Two-dimensional texture, coordinates `{x, y}`.' },
      { name: '.a2d', description: 'Layered 2-D texture: `{layer, x, y, _}`. sm_30.' },
      { name: '.cube', description: 'Cube map: `{s, t, r, _}` direction vector. sm_30.' },
      { name: '.acube', description: 'Cube-map array: `{index, s, t, r}`. sm_30.' },
    ],
    introduced: '2.2',
    versionNotes: [
      { version: '3.1', change: 'Indirect (register) texture access.' },
      { version: '4.3', change: '`.a2d`, `.cube`, `.acube`; offset and depth-compare operands.' },
      { version: '7.1', change: 'Residency predicate.' },
    ],
    minTarget: 'sm_20',
    targetNotes: [
      { target: 'sm_30', requirement: '`.a2d`, `.cube`, `.acube`, offset and depth-compare operands' },
      { target: 'sm_60', requirement: 'Residency predicate' },
    ],
    cuda: '`tex2Dgather<T>(texObj, x, y, comp)` (comp 0–3 selects `.r/.g/.b/.a`).',
    example: {
      target: 'sm_75',
      caption: 'Fetches the red channel of the 2×2 texel footprint around a point and averages it by hand.',
      code: `.visible .entry tld4_demo(.param .u64 texobj, .param .u64 out) {
  .reg .f32 %f<8>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [texobj];
  ld.param.u64 %rd2, [out];
  mov.f32 %f1, 0f41200000;     // x = 10.0
  mov.f32 %f2, 0f41A00000;     // y = 20.0
  tld4.r.2d.v4.f32.f32 {%f3, %f4, %f5, %f6}, [%rd1, {%f1, %f2}];
  add.f32 %f7, %f3, %f4;
  add.f32 %f7, %f7, %f5;
  add.f32 %f7, %f7, %f6;
  mul.f32 %f7, %f7, 0f3E800000;
  st.global.f32 [%rd2], %f7;
}`,
    },
    anchor: 'texture-instructions-tld4',
  },
  {
    opcode: 'txq',
    family: 'texture',
    summary: 'Read an attribute of a texture or sampler (size, format, mip count …)',
    description:
      'Returns one 32-bit attribute of the texture or sampler `a`: its width/height/depth in elements, channel format codes, whether it uses ' +
      'normalized coordinates, array size, number of mip levels or samples, or the sampler\'s filter and address modes. `txq.level` queries ' +
      'the width, height or depth of a specific mip level.\n\n' +
      'Queries that do not apply (e.g. `.array_size` of a non-array texture) return 0.',
    syntax: [
      'txq.tquery.b32         d, [a];         // texture attributes',
      'txq.level.tlquery.b32  d, [a], lod;    // attribute of one mip level',
      'txq.squery.b32         d, [a];         // sampler attributes',
      '.tquery = { .width, .height, .depth, .channel_data_type, .channel_order, .normalized_coords, .array_size, .num_mipmap_levels, .num_samples };',
      '.tlquery = { .width, .height, .depth };',
      '.squery = { .force_unnormalized_coords, .filter_mode, .addr_mode_0, .addr_mode_1, .addr_mode_2 };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: '32-bit result.' },
      { name: 'a', role: 'address', description: 'What to query: a texture (`.texref`) or sampler (`.samplerref`) name, or a 64-bit register with a texture handle (e.g. a CUDA texture object).' },
      { name: 'lod', role: 'source', description: '`.level` only: 32-bit integer mip level to query.' },
    ],
    modifiers: [
      { name: '.level', description: 'Query the size of mip level `lod` instead of level 0. PTX 4.3, sm_30.' },
      { name: '.width', description: 'Width in elements.' },
      { name: '.height', description: 'Height in elements.' },
      { name: '.depth', description: 'Depth in elements.' },
      { name: '.channel_data_type', description: 'The source language\'s code for the channel data type (PTX 2.1).' },
      { name: '.channel_order', description: 'The source language\'s code for the channel order (PTX 2.1).' },
      { name: '.normalized_coords', description: '1 if the texture uses normalized [0,1) coordinates, else 0.' },
      { name: '.array_size', description: 'Number of layers of a texture array, else 0 (PTX 4.1).' },
      { name: '.num_mipmap_levels', description: 'Number of mip levels of a mipmapped texture, else 0 (PTX 4.1, sm_20).' },
      { name: '.num_samples', description: 'Samples per texel of a multi-sample texture, else 0 (PTX 4.1, sm_30).' },
      { name: '.force_unnormalized_coords', description: 'Sampler flag (independent mode): 1 if the sampler forces unnormalized coordinates (PTX 2.2).' },
      { name: '.filter_mode', description: 'Filter mode: 0 nearest, 1 linear.' },
      { name: '.addr_mode_0', description: 'Addressing mode of dimension 0: 0 wrap, 1 mirror, 2 clamp_ogl, 3 clamp_to_edge, 4 clamp_to_border.' },
      { name: '.addr_mode_1', description: 'Addressing mode of dimension 1 (same codes).' },
      { name: '.addr_mode_2', description: 'Addressing mode of dimension 2 (same codes).' },
    ],
    introduced: '1.5',
    versionNotes: [
      { version: '2.1', change: 'Channel data type and channel order queries.' },
      { version: '2.2', change: '`.force_unnormalized_coords`.' },
      { version: '3.1', change: 'Indirect (register) access.' },
      { version: '4.1', change: '`.array_size`, `.num_mipmap_levels`, `.num_samples`.' },
      { version: '4.3', change: '`txq.level`.' },
    ],
    minTarget: 'all',
    targetNotes: [
      { target: 'sm_20', requirement: 'Indirect access and `.num_mipmap_levels`' },
      { target: 'sm_30', requirement: '`.num_samples` and `txq.level`' },
    ],
    cuda: 'Not exposed by CUDA C++ texture objects (sizes come from `cudaGetTextureObjectResourceDesc` on the host); emitted by OpenCL image queries such as `get_image_width`, or inline asm.',
    example: {
      target: 'sm_75',
      caption: 'Reads the width of a texture and the height of its mip level 1.',
      code: `.visible .entry txq_demo(.param .u64 texobj, .param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [texobj];
  ld.param.u64 %rd2, [out];
  txq.width.b32 %r1, [%rd1];
  txq.level.height.b32 %r2, [%rd1], 1;
  st.global.v2.u32 [%rd2], {%r1, %r2};
}`,
    },
    anchor: 'texture-instructions-txq',
  },
  {
    opcode: 'istypep',
    family: 'texture',
    summary: 'Test whether a 64-bit handle refers to a texture, sampler or surface',
    description:
      'Sets predicate `p` to true when the 64-bit handle in `a` refers to a resource of the named kind (a texture, a sampler or a ' +
      'surface: `.texref`, `.samplerref`, `.surfref`), and false otherwise. It lets code that receives a generic handle branch on what kind of resource it got.',
    syntax: ['istypep.type  p, a;', '.type = { .texref, .samplerref, .surfref };'],
    operands: [
      { name: 'p', role: 'predicate', description: 'Receives the answer.' },
      { name: 'a', role: 'source', description: '`.u64` register holding the handle to test.' },
    ],
    modifiers: [
      { name: '.texref', description: 'Ask whether `a` is a texture reference/handle.' },
      { name: '.samplerref', description: 'Ask whether `a` is a sampler reference.' },
      { name: '.surfref', description: 'Ask whether `a` is a surface reference/handle.' },
    ],
    introduced: '4.0',
    minTarget: 'sm_30',
    cuda: 'No CUDA C++ intrinsic; mainly emitted by OpenCL-style front ends, otherwise inline asm.',
    example: {
      target: 'sm_75',
      caption: 'Checks whether a handle passed to the kernel is a texture and only then samples it.',
      code: `.visible .entry istypep_demo(.param .u64 handle, .param .u64 out) {
  .reg .pred %p1;
  .reg .f32 %f<5>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [handle];
  ld.param.u64 %rd2, [out];
  istypep.texref %p1, %rd1;
  @!%p1 bra SKIP;
  tex.1d.v4.f32.s32 {%f1, %f2, %f3, %f4}, [%rd1, {0}];
  st.global.f32 [%rd2], %f1;
SKIP:
  ret;
}`,
    },
    anchor: 'texture-instructions-istypep',
  },
  {
    opcode: 'suld',
    family: 'surface',
    summary: 'Load raw data from a surface at integer coordinates',
    description:
      'Reads from surface `a` (a CUDA array bound as a surface) at the `.s32` coordinates `b`, without any filtering or format conversion ' +
      '(`.b` = unformatted binary). The x coordinate is a **byte** offset, not an element index, so multiply by the element size; y and z are ' +
      'row and slice numbers. The number of bytes read equals the size of `d` (type × vector width).\n\n' +
      'Layered surfaces (`.a1d`, `.a2d`) take the layer index first. The clamp mode decides what happens at out-of-range coordinates.',
    syntax: [
      'suld.b.geom{.cop}.vec.dtype.clamp  d, [a, b];   // unformatted',
      '.geom = { .1d, .2d, .3d, .a1d, .a2d };',
      '.cop = { .ca, .cg, .cs, .cv };',
      '.vec = { none, .v2, .v4 };',
      '.dtype = { .b8, .b16, .b32, .b64 };',
      '.clamp = { .trap, .clamp, .zero };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: 'Register or brace list receiving the data.' },
      { name: 'a', role: 'address', description: 'The surface: a `.surfref` variable or a `.u64` register (CUDA surface object).' },
      { name: 'b', role: 'source', description: '`.s32` coordinate vector: `{x}` / `{x, y}` / `{x, y, z, _}`; x in bytes. Layered forms put the layer index first.' },
    ],
    modifiers: [
      { name: '.b', description: 'Unformatted (binary) access: raw bits, x coordinate in bytes.' },
      ...TEX_GEOMS,
      { name: '.ca', description: 'Cache at all levels (default behaviour). sm_20.' },
      { name: '.cg', description: 'Cache in L2 only. sm_20.' },
      { name: '.cs', description: 'Streaming, evict-first. sm_20.' },
      { name: '.cv', description: 'Do not use cached copies; fetch again. sm_20.' },
      ...SURF_CLAMP,
    ],
    introduced: '1.5',
    versionNotes: [
      { version: '2.0', change: '`.clamp`/`.zero` modes and cache operators.' },
      { version: '3.0', change: '`.3d`, `.a1d`, `.a2d`.' },
      { version: '3.1', change: 'Indirect (register) surface access.' },
    ],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_20', requirement: '`.3d`, `.a1d`, `.a2d`, cache operators, indirect access, and clamp modes other than `.trap`' }],
    cuda: '`surf1Dread`, `surf2Dread`, `surf3Dread`, `surf2DLayeredread` on a `cudaSurfaceObject_t` (the boundary mode argument maps to `.trap`/`.clamp`/`.zero`).',
    example: {
      target: 'sm_75',
      caption: 'Reads one float4 pixel from a 2-D surface object (x is a byte offset), returning zeros outside the surface.',
      code: `.visible .entry suld_demo(.param .u64 surf, .param .u64 out) {
  .reg .b32 %r<8>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [surf];
  ld.param.u64 %rd2, [out];
  mov.u32 %r1, %tid.x;
  shl.b32 %r2, %r1, 4;            // x * sizeof(float4)
  mov.u32 %r3, %ctaid.x;          // row
  suld.b.2d.v4.b32.zero {%r4, %r5, %r6, %r7}, [%rd1, {%r2, %r3}];
  st.global.v4.b32 [%rd2], {%r4, %r5, %r6, %r7};
}`,
    },
    anchor: 'surface-instructions-suld',
  },
  {
    opcode: 'sust',
    family: 'surface',
    summary: 'Store data to a surface at integer coordinates',
    description:
      'Writes `c` into surface `a` at coordinates `b`.\n\n' +
      '- `sust.b` (unformatted) writes raw bits; the x coordinate is a byte offset and the number of bytes written is the size of `c`.\n' +
      '- `sust.p` (formatted, sm_20) writes a vector of 32-bit values as the R, G, B, A components of one surface element; the hardware converts ' +
      'them to the surface\'s format (float data for UNORM/SNORM/FLOAT formats, integers for UINT/SINT). Here x counts elements, not bytes. ' +
      'Components the vector does not provide get unpredictable values.\n\n' +
      'The clamp mode decides what happens for out-of-range coordinates (`.zero` silently drops the store).',
    syntax: [
      'sust.b.geom{.cop}.vec.ctype.clamp  [a, b], c;   // unformatted; .geom = .1d .2d .3d .a1d .a2d',
      'sust.p.pgeom.vec.b32.clamp         [a, b], c;   // formatted',
      '.geom = { .1d, .2d, .3d, .a1d, .a2d };',
      '.pgeom = { .1d, .2d, .3d };',
      '.cop = { .wb, .cg, .cs, .wt };',
      '.vec = { none, .v2, .v4 };',
      '.ctype = { .b8, .b16, .b32, .b64 };',
      '.clamp = { .trap, .clamp, .zero };',
    ],
    operands: [
      { name: 'a', role: 'address', description: 'The surface: a `.surfref` variable or a `.u64` register (CUDA surface object).' },
      { name: 'b', role: 'source', description: '`.s32` coordinate vector (layer first for layered forms); x is in bytes for `.b`, in elements for `.p`.' },
      { name: 'c', role: 'source', description: 'Register or brace list with the data to write.' },
    ],
    modifiers: [
      { name: '.b', description: 'Unformatted store of raw bits; x coordinate in bytes.' },
      { name: '.p', description: 'Formatted store: 32-bit values are converted to the surface\'s pixel format; x coordinate in elements. sm_20.' },
      ...TEX_GEOMS,
      { name: '.wb', description: 'Write-back caching (default). sm_20.' },
      { name: '.cg', description: 'Cache in L2 only. sm_20.' },
      { name: '.cs', description: 'Streaming store, evict-first. sm_20.' },
      { name: '.wt', description: 'Write-through. sm_20.' },
      ...SURF_CLAMP,
    ],
    introduced: '1.5',
    versionNotes: [
      { version: '2.0', change: '`sust.p`, `.clamp`/`.zero` modes and cache operators.' },
      { version: '3.0', change: '`.3d`, `.a1d`, `.a2d` for `sust.b`.' },
      { version: '3.1', change: 'Indirect (register) surface access.' },
    ],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_20', requirement: '`sust.p`, `.3d`, layered forms, cache operators, indirect access, clamp modes other than `.trap`' }],
    cuda: '`surf1Dwrite`, `surf2Dwrite`, `surf3Dwrite`, `surf2DLayeredwrite` on a `cudaSurfaceObject_t` (unformatted `sust.b`).',
    example: {
      target: 'sm_75',
      caption: 'Writes a float4 pixel to a 2-D surface object with an unformatted store, trapping on out-of-range coordinates.',
      code: `.visible .entry sust_demo(.param .u64 surf) {
  .reg .b32 %r<4>;
  .reg .f32 %f<5>;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [surf];
  mov.u32 %r1, %tid.x;
  shl.b32 %r2, %r1, 4;            // byte offset of pixel x
  mov.u32 %r3, %ctaid.x;
  cvt.rn.f32.u32 %f1, %r1;
  mov.f32 %f2, 0f00000000;
  mov.f32 %f3, 0f00000000;
  mov.f32 %f4, 0f3F800000;
  sust.b.2d.v4.b32.trap [%rd1, {%r2, %r3}], {%f1, %f2, %f3, %f4};
}`,
    },
    anchor: 'surface-instructions-sust',
  },
  {
    opcode: 'sured',
    family: 'surface',
    summary: 'Atomically combine a value into a surface element',
    description:
      'Performs a reduction (add, min, max, and, or) of `c` into the surface element at coordinates `b`, like a `red` atomic on surface memory. ' +
      'No value is returned.\n\n' +
      '`sured.b` addresses bytes (x is a byte offset) and takes the data type from `.ctype`: `.add` on `.u32/.s32/.u64`, `.min/.max` on ' +
      '`.u32/.s32/.u64/.s64`, `.and/.or` on `.b32`. `sured.p` addresses samples (x counts elements) and uses `.b32` or `.b64`, read as ' +
      'signed or unsigned according to the surface format; `.b64` only allows min and max.',
    syntax: [
      'sured.b.op.geom.ctype.clamp   [a, b], c;   // byte addressing',
      'sured.p.op.geom.ptype.clamp   [a, b], c;   // sample addressing',
      '.op = { .add, .min, .max, .and, .or };',
      '.geom = { .1d, .2d, .3d };',
      '.ctype = { .u32, .u64, .s32, .b32, .s64 };',
      '.ptype = { .b32, .b64 };',
      '.clamp = { .trap, .clamp, .zero };',
    ],
    operands: [
      { name: 'a', role: 'address', description: 'The surface: a `.surfref` variable or a `.u64` register.' },
      { name: 'b', role: 'source', description: '`.s32` coordinate vector; x in bytes for `.b`, in elements for `.p`.' },
      { name: 'c', role: 'source', description: 'Value combined into the element.' },
    ],
    modifiers: [
      { name: '.b', description: 'Byte-addressed reduction on the type given by `.ctype`.' },
      { name: '.p', description: 'Sample-addressed reduction; signedness follows the surface format (UINT → unsigned, SINT → signed).' },
      { name: '.add', description: 'element += c.' },
      { name: '.min', description: 'element = min(element, c).' },
      { name: '.max', description: 'element = max(element, c).' },
      { name: '.and', description: 'element &= c (`.b32`).' },
      { name: '.or', description: 'element |= c (`.b32`).' },
      { name: '.1d', description: 'One-dimensional surface, `{x}`.' },
      { name: '.2d', description: 'Two-dimensional surface, `{x, y}`.' },
      { name: '.3d', description: 'Three-dimensional surface, `{x, y, z, _}`.' },
      ...SURF_CLAMP,
    ],
    introduced: '2.0',
    versionNotes: [
      { version: '3.1', change: 'Indirect (register) surface access.' },
      { version: '8.1', change: '64-bit types with `.min`/`.max`.' },
    ],
    minTarget: 'sm_20',
    targetNotes: [{ target: 'sm_50', requirement: '`.u64`/`.s64`/`.b64` with `.min`/`.max`' }],
    cuda: 'Not exposed as a CUDA C++ surface function; reached through inline asm (or OpenCL image atomics).',
    example: {
      target: 'sm_75',
      caption: 'Builds a 2-D histogram by atomically adding 1 to a 32-bit counter in a surface.',
      code: `.visible .entry sured_demo(.param .u64 surf) {
  .reg .b32 %r<4>;
  .reg .b64 %rd1;
  ld.param.u64 %rd1, [surf];
  mov.u32 %r1, %tid.x;
  and.b32 %r1, %r1, 15;
  shl.b32 %r2, %r1, 2;            // byte offset of bin x
  mov.u32 %r3, %ctaid.x;
  sured.b.add.2d.u32.zero [%rd1, {%r2, %r3}], 1;
}`,
    },
    anchor: 'surface-instructions-sured',
  },
  {
    opcode: 'suq',
    family: 'surface',
    summary: 'Read an attribute of a surface (size, format, layout)',
    description:
      'Returns one 32-bit attribute of surface `a`: width, height or depth in elements, the channel format codes, the number of layers of a ' +
      'layered surface (0 otherwise), or whether its memory layout is linear (1) rather than a block-linear CUDA array (0).',
    syntax: [
      'suq.query.b32  d, [a];',
      '.query = { .width, .height, .depth, .channel_data_type, .channel_order, .array_size, .memory_layout };',
    ],
    operands: [
      { name: 'd', role: 'destination', description: '32-bit result.' },
      { name: 'a', role: 'address', description: 'A `.surfref` variable or a `.u64` register holding a surface handle.' },
    ],
    modifiers: [
      { name: '.width', description: 'Width in elements.' },
      { name: '.height', description: 'Height in elements.' },
      { name: '.depth', description: 'Depth in elements.' },
      { name: '.channel_data_type', description: 'Source-language code of the channel data type (PTX 2.1).' },
      { name: '.channel_order', description: 'Source-language code of the channel order (PTX 2.1).' },
      { name: '.array_size', description: 'Number of layers of a layered surface, else 0 (PTX 4.1).' },
      { name: '.memory_layout', description: '1 for linear (pitch) memory, 0 otherwise (PTX 4.2).' },
    ],
    introduced: '1.5',
    versionNotes: [
      { version: '2.1', change: 'Channel data type and order queries.' },
      { version: '3.1', change: 'Indirect (register) surface access.' },
      { version: '4.1', change: '`.array_size`.' },
      { version: '4.2', change: '`.memory_layout`.' },
    ],
    minTarget: 'all',
    targetNotes: [{ target: 'sm_20', requirement: 'Indirect (register) surface access' }],
    cuda: 'Not exposed by CUDA C++ surface objects; emitted by OpenCL image queries (`get_image_width` …) or inline asm.',
    example: {
      target: 'sm_75',
      caption: 'Reads a surface\'s width and height, e.g. to bounds-check coordinates.',
      code: `.visible .entry suq_demo(.param .u64 surf, .param .u64 out) {
  .reg .b32 %r<3>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [surf];
  ld.param.u64 %rd2, [out];
  suq.width.b32 %r1, [%rd1];
  suq.height.b32 %r2, [%rd1];
  st.global.v2.u32 [%rd2], {%r1, %r2};
}`,
    },
    anchor: 'surface-instructions-suq',
  },
];
