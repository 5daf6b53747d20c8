export default definePageConfig({ navigationBarTitleText: '快递发货', enablePullDownRefresh: true })
