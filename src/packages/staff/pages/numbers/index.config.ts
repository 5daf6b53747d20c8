export default definePageConfig({ navigationBarTitleText: '门店数据', enablePullDownRefresh: true })
