export interface ChainImagesProps {
  images: string[]
  onChange: (images: string[]) => void
}

/** A chain shows at most 9 images. */
export const MAX_CHAIN_IMAGES = 9
